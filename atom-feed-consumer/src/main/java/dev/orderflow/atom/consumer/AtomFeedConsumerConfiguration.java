package dev.orderflow.atom.consumer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.orderflow.atom.consumer.tracing.TracedEntries;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The feed consumer of a service that runs with {@code orderflow.transport=atom}: the poller, its lease, the failure
 * records, their API and their page. With any other transport none of it exists.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
		"org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration" })
@ConditionalOnProperty(name = "orderflow.transport", havingValue = "atom")
@EnableConfigurationProperties(FeedConsumerProperties.class)
public class AtomFeedConsumerConfiguration {

	private static final String INSTANCE = "${orderflow.instance:${spring.application.name}}";

	@Bean
	FeedFailures feedFailures(JdbcClient jdbc) {
		return new FeedFailures(jdbc);
	}

	@Bean
	FeedPoller feedPoller(FeedConsumerProperties properties, List<FeedEntryHandler<?>> handlers, JsonMapper json,
			JdbcClient jdbc, DataSource dataSource, TransactionTemplate transaction, FeedFailures failures,
			@Value(INSTANCE) String instance, ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		Map<String, FeedEntryHandler<?>> byType = new LinkedHashMap<>();
		for (FeedEntryHandler<?> handler : handlers) {
			if (byType.putIfAbsent(handler.eventType(), handler) != null) {
				throw new IllegalStateException("Two feed entry handlers for " + handler.eventType() + ": "
						+ byType.get(handler.eventType()).getClass().getName() + " and " + handler.getClass().getName());
			}
		}
		FeedPositions positions = new FeedPositions(jdbc);
		DataSource unpooled = DataSourceBuilder.derivedFrom(dataSource).type(SimpleDriverDataSource.class).build();
		return new FeedPoller(properties, new FeedClient(properties.timeout()),
				new FeedLease(unpooled, () -> jdbc.sql("select current_schema()").query(String.class).single(),
						properties.name(), instance), positions,
				new EntryProcessor(properties.name(), Map.copyOf(byType), json, positions, failures, transaction,
						traced(tracer, propagator)));
	}

	/** A service with Micrometer Tracing continues each entry's trace; one without handles entries untraced. */
	private static TracedEntries traced(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		Tracer available = tracer.getIfAvailable();
		Propagator propagating = propagator.getIfAvailable();
		return available == null || propagating == null ? TracedEntries.NONE : new TracedEntries(available, propagating);
	}

	@Bean
	RouterFunction<ServerResponse> feedConsumerRoutes(FeedPoller poller, FeedFailures failures,
			@Value(INSTANCE) String instance) {
		return FeedConsumerRoutes.of(poller, failures, instance);
	}

}
