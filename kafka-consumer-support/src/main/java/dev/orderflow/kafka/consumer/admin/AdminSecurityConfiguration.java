package dev.orderflow.kafka.consumer.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Everything a consumer serves is open to all, except its admin area: {@link #ADMIN_PATHS} need the admin's
 * credentials (HTTP Basic, so that scripts and the fault suite can send them as well as a browser). Forms carry a
 * CSRF token, as in the order service: the browser adds the admin's credentials to a forged request by itself.
 *
 * <p>Once here for every consumer, ahead of Spring Boot's own security defaults (which would otherwise lock every
 * page behind a generated password). The web slice tests of the services pick it up as well
 * ({@code AutoConfigureWebMvc.imports}).
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AdminProperties.class)
@EnableWebSecurity
public class AdminSecurityConfiguration {

	/** The dead letters, as page and as JSON: their payloads hold customers' names and addresses. */
	public static final String[] ADMIN_PATHS = { "/dead-letters", "/dead-letters/**", "/api/dead-letters",
			"/api/dead-letters/**" };

	static final String ADMIN = "ADMIN";

	private static final Logger log = LoggerFactory.getLogger(AdminSecurityConfiguration.class);

	@Bean
	SecurityFilterChain adminAreaSecurityFilterChain(HttpSecurity http) {
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers(ADMIN_PATHS)
				.hasRole(ADMIN)
				.anyRequest()
				.permitAll())
			.httpBasic(basic -> basic.realmName("orderflow admin"))
			// In a cookie rather than the session, so that a form rendered by one instance can be posted to another.
			.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	/**
	 * The admin from the configuration, or nobody: then every request to the admin area is answered 401. The
	 * password is compared as given ({noop}): it is a random secret from the environment, not a person's password
	 * stored in a database, and hashing it on every stateless request would only cost CPU.
	 */
	@Bean
	UserDetailsService adminUser(AdminProperties admin) {
		if (!admin.configured()) {
			log.warn("No admin password is configured (ORDERFLOW_ADMIN_PASSWORD): the admin area {} refuses every "
					+ "request. ./orderflow up sets one and prints it.", String.join(", ", ADMIN_PATHS));
			return new InMemoryUserDetailsManager();
		}
		return new InMemoryUserDetailsManager(
				User.withUsername(admin.username()).password("{noop}" + admin.password()).roles(ADMIN).build());
	}

}
