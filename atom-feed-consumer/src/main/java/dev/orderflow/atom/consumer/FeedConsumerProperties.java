package dev.orderflow.atom.consumer;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param url the subscription document, e.g. {@code http://127.0.0.1:8081/order/feed}
 * @param name the feed's name in this service's {@code feed_position} and {@code feed_failure} tables; it stays when
 * the URL changes (say from the order service to the entry point), so the position does too
 * @param pollInterval how often the active poller asks for new entries, and how often the others ask to take over
 * @param maxBackoff the longest pause after a failed poll (feed unreachable, database down)
 * @param timeout how long one HTTP request may take
 */
@ConfigurationProperties("orderflow.feed")
public record FeedConsumerProperties(URI url, @DefaultValue("order") String name,
		@DefaultValue("1s") Duration pollInterval, @DefaultValue("10s") Duration maxBackoff,
		@DefaultValue("10s") Duration timeout) {
}
