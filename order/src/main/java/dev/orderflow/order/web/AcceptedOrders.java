package dev.orderflow.order.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Counts the orders accepted (committed, answered 201 or redirected to), by the way they came in:
 * {@code orderflow.orders.accepted{channel="api"}} for the REST API, {@code channel="web"} for the order form.
 */
@Component
class AcceptedOrders {

	private final Counter api;

	private final Counter web;

	AcceptedOrders(ObjectProvider<MeterRegistry> registry) {
		MeterRegistry meters = registry.getIfAvailable(() -> Metrics.globalRegistry);
		this.api = counter(meters, "api");
		this.web = counter(meters, "web");
	}

	void viaApi() {
		api.increment();
	}

	void viaWeb() {
		web.increment();
	}

	private static Counter counter(MeterRegistry registry, String channel) {
		return Counter.builder("orderflow.orders.accepted")
			.description("Orders accepted, by the channel they came in through")
			.tag("channel", channel)
			.register(registry);
	}

}
