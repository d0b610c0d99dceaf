package dev.orderflow.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * HTTP as a browser or a script does it: cookies kept (the CSRF cookie), a page's form posted with the token the page
 * put into it, redirects not followed so that a test sees them, HTTP/1.1 so that a body of unknown length goes
 * chunked; with {@link #withBasicAuth} also the credentials of a consumer's admin area.
 */
public final class WebClient {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final String authorization;

	private final HttpClient http;

	/** @param base the address requests' paths are relative to, e.g. {@code http://127.0.0.1:8082/shipping} */
	public WebClient(String base) {
		this(base, null, HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(10))
			.build());
	}

	private WebClient(String base, String authorization, HttpClient http) {
		this.base = base;
		this.authorization = authorization;
		this.http = http;
	}

	/** The same client (and cookies) sending these credentials with every request (HTTP Basic). */
	public WebClient withBasicAuth(String username, String password) {
		return new WebClient(base, "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)), http);
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	/** Posts the form fields as they are, with no token unless they hold one. */
	public HttpResponse<String> post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Posts the form fields with the CSRF token of the page at {@code formPage} (read from its hidden {@code _csrf}
	 * field, the cookie kept), as the browser does when the user presses the form's button.
	 */
	public HttpResponse<String> postFrom(String formPage, String path, Map<String, String> fields) {
		HttpResponse<String> page = get(formPage);
		Matcher token = CSRF_FIELD.matcher(page.body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on " + formPage + " (" + page.statusCode() + ")");
		}
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", token.group(1));
		return post(path, withToken);
	}

	public HttpResponse<String> postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** Without Content-Length: the client does not say how much is coming. */
	public HttpResponse<String> postChunked(String path, String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
		return authorization == null ? request : request.header("Authorization", authorization);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
