package dev.orderflow.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does in a consumer's admin area: sends the admin's credentials (HTTP Basic) with every request, keeps
 * the CSRF cookie, and posts a page's form with the token the page put into it. Does not follow redirects, so that a
 * test sees them.
 */
public final class AdminBrowser {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final String authorization;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	/**
	 * @param base the service's address with its context path, e.g. {@code http://127.0.0.1:8082/shipping}
	 * @param username and {@code password}: the admin's, or {@code null} for a visitor without credentials
	 */
	public AdminBrowser(String base, String username, String password) {
		this.base = base;
		this.authorization = username == null ? null : "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	/**
	 * Posts the form fields with the CSRF token of the page at {@code formPage} (read from its hidden {@code _csrf}
	 * field, the cookie kept), as the browser does when the admin presses the form's button.
	 */
	public HttpResponse<String> postFrom(String formPage, String path, Map<String, String> fields) {
		HttpResponse<String> page = get(formPage);
		Matcher token = CSRF_FIELD.matcher(page.body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on " + formPage + " (" + page.statusCode() + ")");
		}
		Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
		withToken.put("_csrf", token.group(1));
		return post(path, withToken);
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

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
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
