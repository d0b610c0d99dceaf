package dev.orderflow.kafka.consumer.deadletters;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import dev.orderflow.kafka.consumer.OrderTopicConsumerConfiguration;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Dead letters kept in the consumer's own table ({@link DeadLetters}), shown to admins with a retry and a discard
 * action ({@link DeadLetterRoutes}); wherever the order topic's consumer support is active. Beans rather than
 * component scanning, so that a service's scan cannot register them a second time.
 */
@AutoConfiguration(after = OrderTopicConsumerConfiguration.class)
@ConditionalOnBean(OrderTopicConsumerConfiguration.class)
public class DeadLetterStoreConfiguration {

	static final String CONTAINER_FACTORY = "deadLetterContainerFactory";

	@Bean
	DeadLetters deadLetters(JdbcClient jdbc) {
		return new DeadLetters(jdbc);
	}

	@Bean
	OpenDeadLetters openDeadLetters(DeadLetters deadLetters) {
		return new OpenDeadLetters(deadLetters, Clock.systemUTC());
	}

	@Bean
	DeadLetterRecorder deadLetterRecorder(DeadLetters deadLetters) {
		return new DeadLetterRecorder(deadLetters);
	}

	@Bean
	DeadLetterRetries deadLetterRetries(DeadLetters deadLetters, ObjectProvider<DeadLetterProcessor<?>> processor,
			KafkaProperties kafka, PlatformTransactionManager transactionManager) {
		return new DeadLetterRetries(deadLetters, processor.getIfUnique(), kafka.buildConsumerProperties(),
				new TransactionTemplate(transactionManager), Clock.systemUTC());
	}

	/**
	 * Raw bytes, whatever the dead letter holds. Storing can only fail while the database is down, so it is retried
	 * until it succeeds and never dead-lettered itself. Not a bean of its own, so that Spring Boot keeps the order
	 * topic's error handler as the only one it applies to its container factory.
	 */
	@Bean(CONTAINER_FACTORY)
	ConcurrentKafkaListenerContainerFactory<String, byte[]> deadLetterContainerFactory(KafkaProperties kafka) {
		Map<String, Object> properties = new HashMap<>(kafka.buildConsumerProperties());
		properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
		factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(properties));
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxInterval(10_000);
		factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
		return factory;
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	RouterFunction<ServerResponse> deadLetterRoutes(DeadLetters deadLetters, DeadLetterRetries retries) {
		return DeadLetterRoutes.of(deadLetters, retries);
	}

}
