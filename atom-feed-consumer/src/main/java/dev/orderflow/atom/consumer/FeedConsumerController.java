package dev.orderflow.atom.consumer;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/feed} (this instance's poller) and {@code GET /api/feed-failures} (entries passed over). */
@RestController
class FeedConsumerController {

	private final FeedPoller poller;

	private final FeedFailures failures;

	FeedConsumerController(FeedPoller poller, FeedFailures failures) {
		this.poller = poller;
		this.failures = failures;
	}

	@GetMapping("/api/feed")
	FeedStatus status() {
		return poller.status();
	}

	@GetMapping("/api/feed-failures")
	List<FeedFailure> failures(@RequestParam(defaultValue = "100") int max) {
		return failures.newest(Math.min(Math.max(max, 1), 1000));
	}

}
