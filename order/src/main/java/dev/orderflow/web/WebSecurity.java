package dev.orderflow.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Nobody logs in to orderflow; Spring Security is here for one thing: a form posted from another site must not place
 * an order in the user's browser. HTML forms therefore carry a CSRF token.
 *
 * <p>The JSON API under {@code /api/**} needs no token: CSRF abuses credentials the browser adds by itself (cookies),
 * and the API takes none, so a forged request can do nothing that anybody could not do with curl. It stays exactly as
 * it was for its clients. Actuator's health and Prometheus endpoints are plain GETs and stay open.
 */
@Configuration(proxyBeanMethods = false)
public class WebSecurity {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) {
		return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			// The token lives in a cookie rather than the HTTP session, so a form rendered by one order instance can
			// be posted to another when the entry point spreads requests over several.
			.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()).ignoringRequestMatchers("/api/**"))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	/**
	 * Without this, Spring Security observes every filter of its chain for every request (a timer each): about a
	 * sixth of the order service's request CPU in a profile of the benchmark (see docs/performance.md). The HTTP
	 * request itself is still observed and timed ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
