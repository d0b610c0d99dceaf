package dev.orderflow.pipeline.kafka;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param groups the consumer groups to show, in this order
 * @param timeout how long to wait for the broker before the page says it is unavailable
 */
@ConfigurationProperties("orderflow.pipeline")
record PipelineProperties(List<String> groups, Duration timeout) {
}
