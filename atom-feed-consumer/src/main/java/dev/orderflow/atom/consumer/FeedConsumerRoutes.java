package dev.orderflow.atom.consumer;

import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code GET /api/feed} (this instance's poller) and {@code GET /api/feed-failures?max=100} (entries passed over,
 * newest first). Functional routes rather than a controller, so that a service's component scan of
 * {@code dev.orderflow} does not register them a second time, nor without the poller.
 */
final class FeedConsumerRoutes {

	private FeedConsumerRoutes() {
	}

	static RouterFunction<ServerResponse> of(FeedPoller poller, FeedFailures failures) {
		return RouterFunctions.route()
			.GET("/api/feed", request -> ServerResponse.ok().body(poller.status()))
			.GET("/api/feed-failures", request -> {
				int max = request.param("max").map(Integer::parseInt).orElse(100);
				return ServerResponse.ok().body(failures.newest(Math.min(Math.max(max, 1), 1000)));
			})
			.build();
	}

}
