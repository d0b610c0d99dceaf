package dev.orderflow.eventlog.atom;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.orderflow.eventlog.EventLog;
import dev.orderflow.eventlog.LoggedEvent;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /feed} (the subscription document) and {@code GET /feed/archive/{number}}. Only {@code If-None-Match} is
 * evaluated: the feed's ETag changes with every new entry, whereas {@code If-Modified-Since} has a resolution of one
 * second and could answer 304 although entries arrived within that second. {@code Last-Modified} is sent nonetheless.
 */
@RestController
@RequestMapping("/feed")
class EventFeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final CacheControl IMMUTABLE = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable();

	private final EventLog eventLog;

	private final int pageSize;

	EventFeedController(EventLog eventLog, @Value("${orderflow.feed.page-size:20}") int pageSize) {
		this.eventLog = eventLog;
		this.pageSize = pageSize;
	}

	/** A 304 costs one indexed query: the ETag follows from the newest position alone. */
	@GetMapping
	ResponseEntity<String> subscription(@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		EventLog.Head head = eventLog.head();
		FeedPage page = FeedPage.newest(head.position(), pageSize);
		HttpHeaders headers = validators(page, head.sequencedAt(), CacheControl.noCache());
		if (matches(ifNoneMatch, page.etag())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
		}
		return ResponseEntity.ok().headers(headers).contentType(ATOM).body(document(page));
	}

	/** Full pages only; they never change, so caches may keep them for a year. */
	@GetMapping("/archive/{number}")
	ResponseEntity<String> archive(@PathVariable long number,
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		FeedPage page = FeedPage.archive(number, eventLog.head().position(), pageSize)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Archive page " + number + " is not full yet; the newest entries are in the feed itself"));
		List<LoggedEvent> events = eventLog.between(page.first(), page.last());
		HttpHeaders headers = validators(page, events.get(events.size() - 1).sequencedAt(), IMMUTABLE);
		if (matches(ifNoneMatch, page.etag())) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
		}
		return ResponseEntity.ok().headers(headers).contentType(ATOM).body(write(page, events));
	}

	private String document(FeedPage page) {
		return write(page, page.empty() ? List.of() : eventLog.between(page.first(), page.last()));
	}

	private static String write(FeedPage page, List<LoggedEvent> events) {
		// Through the entry point the links name the entry point (X-Forwarded-* headers).
		String feedUrl = ServletUriComponentsBuilder.fromCurrentContextPath().path("/feed").toUriString();
		return AtomFeedWriter.write(page, events, feedUrl);
	}

	/** What a 200 and a 304 both carry. */
	private static HttpHeaders validators(FeedPage page, Instant lastModified, CacheControl cacheControl) {
		HttpHeaders headers = new HttpHeaders();
		headers.setETag(page.etag());
		headers.setCacheControl(cacheControl);
		if (lastModified != null) {
			headers.setLastModified(lastModified);
		}
		return headers;
	}

	/** If-None-Match uses the weak comparison (RFC 9110 13.1.2). */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		ETag ours = ETag.create(etag);
		return ETag.parse(ifNoneMatch).stream().anyMatch(tag -> tag.isWildcard() || tag.compare(ours, false));
	}

}
