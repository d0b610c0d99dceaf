package dev.orderflow.atom.consumer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** GETs feed documents, conditionally when it knows the ETag of what it processed last. */
final class FeedClient {

	private final HttpClient http;

	private final Duration timeout;

	FeedClient(Duration timeout) {
		this.timeout = timeout;
		this.http = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	/** Empty when the server answered 304 Not Modified to {@code ifNoneMatch}. */
	Optional<FeedDocument> get(URI url, String ifNoneMatch) throws InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout).header("Accept", "application/atom+xml");
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		HttpResponse<byte[]> response;
		try {
			response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UnreadableFeedException("GET " + url + " failed: " + ex, ex);
		}
		if (response.statusCode() == 304 && ifNoneMatch != null) {
			return Optional.empty();
		}
		if (response.statusCode() != 200) {
			throw new UnreadableFeedException("GET " + url + " answered " + response.statusCode());
		}
		return Optional.of(FeedDocument.parse(url, response.headers().firstValue("ETag").orElse(null), response.body()));
	}

	/** An archive page or any document that must be there. */
	FeedDocument get(URI url) throws InterruptedException {
		return get(url, null).orElseThrow();
	}

}
