package dev.orderflow.web.limits;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** The limit on request bodies, {@code orderflow.web.max-request-body} (64KB unless set), in every service. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(RequestBodyLimitConfiguration.Limits.class)
public class RequestBodyLimitConfiguration {

	/** Before everything else, security included: an oversized body is refused before anybody reads it. */
	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(Limits limits) {
		var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits.maxRequestBody().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** @param maxRequestBody the largest request body a service accepts; an order is a few hundred bytes */
	@ConfigurationProperties("orderflow.web")
	record Limits(@DefaultValue("64KB") DataSize maxRequestBody) {
	}

}
