package dev.orderflow.kafka.consumer.tracing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot applies a {@link org.springframework.kafka.listener.BatchInterceptor} bean to its listener container
 * factory. Only with a meter registry and the Kafka transport. A service without a tracer (Micrometer Tracing's
 * auto-configuration not on its class path, as bonus) still times and counts its records, in no-op spans, so the
 * dashboard shows every consumer alike.
 */
@AutoConfiguration(afterName = {
		"org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
		"org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "kafka", matchIfMissing = true)
@ConditionalOnBean(MeterRegistry.class)
public class ConsumerObservabilityConfiguration {

	@Bean
	TracedBatches tracedBatches(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator,
			MeterRegistry registry) {
		return new TracedBatches(tracer.getIfAvailable(() -> Tracer.NOOP),
				propagator.getIfAvailable(() -> Propagator.NOOP), registry);
	}

}
