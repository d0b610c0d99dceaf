package dev.orderflow.atom.consumer;

import java.util.Map;

import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code GET /api/feed} (this instance's poller), {@code GET /api/feed-failures?max=100} (entries passed over, newest
 * first) and the page {@code GET /feed} showing both. Functional routes rather than a controller, so that a service's
 * component scan of {@code dev.orderflow} does not register them a second time, nor without the poller.
 */
final class FeedConsumerRoutes {

	/** The page shows this many failures and counts the rest; the API gives up to 1000. */
	static final int FAILURES_ON_PAGE = 50;

	private FeedConsumerRoutes() {
	}

	static RouterFunction<ServerResponse> of(FeedPoller poller, FeedFailures failures, String instance) {
		return RouterFunctions.route()
			.GET("/api/feed", request -> ServerResponse.ok().body(poller.status()))
			.GET("/api/feed-failures", request -> {
				int max = request.param("max").map(Integer::parseInt).orElse(100);
				return ServerResponse.ok().body(failures.newest(Math.min(Math.max(max, 1), 1000)));
			})
			.GET("/feed", request -> ServerResponse.ok()
				.render("feed-consumer/page", Map.of("instance", instance, "status", poller.status(), "failures",
						failures.newest(FAILURES_ON_PAGE), "failureCount", failures.count())))
			.build();
	}

}
