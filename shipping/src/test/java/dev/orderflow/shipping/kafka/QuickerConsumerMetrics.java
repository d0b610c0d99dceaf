package dev.orderflow.shipping.kafka;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import org.apache.kafka.clients.consumer.Consumer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.MicrometerConsumerListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Boot gives the consumer factory Micrometer's listener, which binds each consumer's Kafka metrics and
 * then looks for new ones once a minute: the per-partition lag appears only at that next look. This replaces that
 * listener (failing if the service has none, so it must still have one) by the same listener looking every second.
 */
@TestConfiguration(proxyBeanMethods = false)
class QuickerConsumerMetrics {

	@Bean
	static BeanPostProcessor quickerConsumerMetricsListener(ObjectProvider<MeterRegistry> registry) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DefaultKafkaConsumerFactory<?, ?> factory && name.equals("kafkaConsumerFactory")) {
					replaceListener(factory, registry.getObject());
				}
				return bean;
			}
		};
	}

	private static <K, V> void replaceListener(DefaultKafkaConsumerFactory<K, V> factory, MeterRegistry registry) {
		List<ConsumerFactory.Listener<K, V>> micrometer = factory.getListeners()
			.stream()
			.filter(MicrometerConsumerListener.class::isInstance)
			.toList();
		assertThat(micrometer).as("Micrometer's listener on the service's consumer factory").hasSize(1);
		factory.removeListener(micrometer.get(0));
		// Not named scheduler: the listener has a field of that name, null unless given a TaskScheduler.
		ScheduledExecutorService everySecond = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "quicker-consumer-metrics");
			thread.setDaemon(true);
			return thread;
		});
		factory.addListener(new MicrometerConsumerListener<>(registry) {
			@Override
			protected MeterBinder createClientMetrics(Consumer<K, V> consumer, List<Tag> tags) {
				return new KafkaClientMetrics(consumer, tags, everySecond, Duration.ofSeconds(1));
			}
		});
	}

}
