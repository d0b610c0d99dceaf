package dev.orderflow.kafka.consumer.deadletters;

import java.net.URI;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The admin area of a consumer (only admins get here, see {@code AdminSecurityConfiguration}): the page
 * {@code GET /dead-letters} with the open dead letters and the forms {@code POST /dead-letters/retry} and
 * {@code POST /dead-letters/discard}, and all dead letters as JSON at {@code GET /api/dead-letters?page=0&size=20}.
 * Functional routes, so that a service's component scan cannot register them a second time.
 */
final class DeadLetterRoutes {

	static final int CLOSED_ON_PAGE = 20;

	private DeadLetterRoutes() {
	}

	static RouterFunction<ServerResponse> of(DeadLetters deadLetters, DeadLetterRetries retries) {
		return RouterFunctions.route()
			.GET("/api/dead-letters", request -> ServerResponse.ok()
				.body(new PagedModel<>(deadLetters.findAll(pageOf(request)))))
			.GET("/dead-letters", request -> ServerResponse.ok()
				.render("dead-letters/page", Map.of("open", deadLetters.findOpen(pageOf(request)), "closed",
						deadLetters.recentlyClosed(CLOSED_ON_PAGE), "canRetry", retries.canRetry(), "outcome",
						request.param("outcome").orElse(""), "letter", request.param("letter").orElse(""))))
			.POST("/dead-letters/retry", request -> {
				if (!retries.canRetry()) {
					throw new ResponseStatusException(HttpStatus.CONFLICT, "this consumer cannot retry dead letters");
				}
				DeadLetterId id = idOf(request);
				return back(request, retries.retry(id), id);
			})
			.POST("/dead-letters/discard", request -> {
				DeadLetterId id = idOf(request);
				return back(request, retries.discard(id), id);
			})
			.build();
	}

	/** Post, redirect, get: the page then says what happened, and reloading it repeats nothing. */
	private static ServerResponse back(ServerRequest request, DeadLetterRetries.Outcome outcome, DeadLetterId id) {
		URI page = UriComponentsBuilder.fromPath(request.requestPath().contextPath().value() + "/dead-letters")
			.queryParam("outcome", outcome.name().toLowerCase())
			.queryParam("letter", id.toString())
			.encode()
			.build()
			.toUri();
		return ServerResponse.seeOther(page).build();
	}

	private static DeadLetterId idOf(ServerRequest request) {
		String topic = request.param("topic").filter(value -> !value.isBlank())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "topic is required"));
		return new DeadLetterId(topic, (int) wholeNumber(request, "partition", -1),
				wholeNumber(request, "offset", -1));
	}

	private static PageRequest pageOf(ServerRequest request) {
		int page = Math.max(number(request, "page", 0), 0);
		int size = Math.min(Math.max(number(request, "size", 20), 1), 100);
		return PageRequest.of(page, size);
	}

	private static int number(ServerRequest request, String name, int otherwise) {
		return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, wholeNumber(request, name, otherwise)));
	}

	private static long wholeNumber(ServerRequest request, String name, long otherwise) {
		try {
			return request.param(name).map(Long::parseLong).orElse(otherwise);
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, name + " must be a whole number");
		}
	}

}
