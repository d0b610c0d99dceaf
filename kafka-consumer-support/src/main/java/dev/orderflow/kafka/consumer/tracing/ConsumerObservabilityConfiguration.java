package dev.orderflow.kafka.consumer.tracing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot applies a {@link org.springframework.kafka.listener.BatchInterceptor} bean to its listener container
 * factory. Only with a tracer (Micrometer Tracing on the class path) and the Kafka transport.
 */
@AutoConfiguration(afterName = {
		"org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
		"org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
@ConditionalOnBean({ Tracer.class, Propagator.class, MeterRegistry.class })
public class ConsumerObservabilityConfiguration {

	@Bean
	TracedBatches tracedBatches(Tracer tracer, Propagator propagator, MeterRegistry registry) {
		return new TracedBatches(tracer, propagator, registry);
	}

}
