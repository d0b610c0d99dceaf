package dev.orderflow.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.SAXBuilder;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The order service's Atom feed as a test serves it, so that consumers can be tested without the order service (as
 * their Kafka tests send records themselves). Documents are made from {@code contracts/order-feed.v1.atom}, the page
 * the order service is tested to write, so this feed looks exactly like the real one: archive pages of
 * {@code pageSize} entries behind {@code prev-archive} links, ETags, 304 on {@code If-None-Match}.
 *
 * <pre>
 * static final TestFeed feed = new TestFeed(3);
 *
 * &#64;DynamicPropertySource
 * static void infrastructure(DynamicPropertyRegistry registry) {
 *     service.register(registry);
 *     feed.register(registry);
 * }
 * </pre>
 */
public final class TestFeed implements AutoCloseable {

	private static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");

	private static final String CONTRACT = "../contracts/order-feed.v1.atom";

	private final int pageSize;

	private final Element template;

	private final Element entryTemplate;

	private final List<Element> entries = new ArrayList<>();

	private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

	private final HttpServer server;

	private volatile int failWith;

	public TestFeed(int pageSize) {
		this.pageSize = pageSize;
		Element contract = contract().getRootElement();
		this.entryTemplate = contract.getChild("entry", ATOM).clone();
		this.template = contract.clone();
		template.removeChildren("entry", ATOM);
		template.removeChildren("link", ATOM);
		template.removeChildren("archive", Namespace.getNamespace("http://purl.org/syndication/history/1.0"));
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/order/feed", this::serve);
		server.start();
	}

	/** The subscription document, e.g. {@code http://127.0.0.1:40123/order/feed}. */
	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/order/feed";
	}

	/**
	 * Makes the service under test a consumer of this feed ({@code orderflow.transport=atom}, polled every 200 ms) and
	 * points its Kafka client where no broker listens, so a test fails if the service still needs one. Call it after
	 * {@link IsolatedService#register}, whose Kafka address it replaces.
	 */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("orderflow.transport", () -> "atom");
		registry.add("orderflow.feed.url", this::url);
		registry.add("orderflow.feed.poll-interval", () -> "200ms");
		registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:9");
	}

	/** Appends an entry with the next position; returns that position. */
	public long add(String type, String json) {
		return add(type, json, UnaryOperator.identity());
	}

	/** Appends an entry after {@code change} had its way with it, e.g. to make it unreadable. */
	public synchronized long add(String type, String json, UnaryOperator<Element> change) {
		long position = entries.size() + 1;
		Element entry = entryTemplate.clone();
		entry.getChild("id", ATOM).setText("urn:uuid:" + UUID.randomUUID());
		entry.getChild("title", ATOM).setText(type + " " + position);
		entry.getChildren("category", ATOM).stream()
			.filter(c -> c.getAttributeValue("scheme").endsWith(":event-type"))
			.forEach(c -> c.setAttribute("term", type));
		entry.getChild("content", ATOM)
			.setText(Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)));
		entry.getChildren().stream().filter(e -> e.getName().equals("position")).forEach(e -> e.setText(Long.toString(position)));
		entries.add(change.apply(entry));
		return position;
	}

	/** Answers every request with this status until called with 0, as an order service that is down would. */
	public void failWith(int status) {
		failWith = status;
	}

	/** How often a path (e.g. {@code /order/feed}) was answered with a status. */
	public int answers(String path, int status) {
		return answers.getOrDefault(status + " " + path, new AtomicInteger()).get();
	}

	@Override
	public void close() {
		server.stop(0);
	}

	private void serve(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		int status;
		String etag = null;
		String body = "";
		synchronized (this) {
			long head = entries.size();
			long newest = head == 0 ? 0 : (head - 1) / pageSize;
			long number = path.startsWith("/order/feed/archive/")
					? Long.parseLong(path.substring("/order/feed/archive/".length())) : newest;
			boolean archive = !path.equals("/order/feed");
			long first = number * pageSize + 1;
			long last = archive ? (number + 1) * pageSize : head;
			if (failWith != 0) {
				status = failWith;
			}
			else if (archive && last > head) {
				status = 404;
			}
			else {
				etag = "\"page" + number + "-" + first + "-" + last + "\"";
				status = etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match")) ? 304 : 200;
				body = status == 200 ? document(number, first, last, archive) : "";
			}
		}
		answers.computeIfAbsent(status + " " + path, key -> new AtomicInteger()).incrementAndGet();
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		if (etag != null) {
			exchange.getResponseHeaders().set("ETag", etag);
		}
		exchange.getResponseHeaders().set("Content-Type", "application/atom+xml;charset=UTF-8");
		exchange.sendResponseHeaders(status, status == 304 || bytes.length == 0 ? -1 : bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private String document(long number, long first, long last, boolean archive) {
		Element feed = template.clone();
		List<Element> links = new ArrayList<>();
		links.add(link("self", archive ? url() + "/archive/" + number : url()));
		links.add(link("current", url()));
		if (number > 0) {
			links.add(link("prev-archive", url() + "/archive/" + (number - 1)));
		}
		feed.addContent(1, links);
		if (archive) {
			feed.addContent(new Element("archive", "fh", "http://purl.org/syndication/history/1.0"));
		}
		for (long position = last; position >= first; position--) {
			feed.addContent(entries.get((int) position - 1).clone());
		}
		return new XMLOutputter(Format.getPrettyFormat()).outputString(new Document(feed));
	}

	private static Element link(String rel, String href) {
		return new Element("link", ATOM).setAttribute("rel", rel).setAttribute("type", "application/atom+xml")
			.setAttribute("href", href);
	}

	private static Document contract() {
		try {
			return new SAXBuilder().build(Path.of(CONTRACT).toFile());
		}
		catch (JDOMException | IOException ex) {
			throw new IllegalStateException("Cannot read " + Path.of(CONTRACT).toAbsolutePath(), ex);
		}
	}

}
