package dev.orderflow.kafka.consumer.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin's credentials, from {@code ORDERFLOW_ADMIN_USERNAME} and {@code ORDERFLOW_ADMIN_PASSWORD}. The launcher
 * generates the password once per data directory; there is no default, so that no known password opens a service.
 *
 * @param username the admin's user name, {@code admin} unless set
 * @param password the admin's password; without one the admin area refuses every request
 */
@ConfigurationProperties("orderflow.admin")
public record AdminProperties(@DefaultValue("admin") String username, String password) {

	boolean configured() {
		return password != null && !password.isBlank() && username != null && !username.isBlank();
	}

}
