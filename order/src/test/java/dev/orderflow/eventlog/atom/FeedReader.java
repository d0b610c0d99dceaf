package dev.orderflow.eventlog.atom;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import org.jdom2.Element;

/** Reads the feed over HTTP with ROME, as a consumer would, for the tests of what the order service serves. */
final class FeedReader {

	private final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(String url, String ifNoneMatch) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	Page page(String url) throws Exception {
		HttpResponse<String> response = get(url, null);
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
		}
		return parse(response.body());
	}

	/** Every entry from the subscription document back through prev-archive to the first page, newest page first. */
	List<Item> all(String feedUrl) throws Exception {
		List<Item> items = new ArrayList<>();
		Optional<String> next = Optional.of(feedUrl);
		while (next.isPresent()) {
			Page page = page(next.get());
			items.addAll(page.items());
			next = page.link("prev-archive");
		}
		return items;
	}

	static Page parse(String xml) throws Exception {
		Feed feed = (Feed) new WireFeedInput().build(new StringReader(xml));
		List<Item> items = feed.getEntries().stream().map(FeedReader::item).toList();
		boolean archive = feed.getForeignMarkup().stream().anyMatch(e -> e.getName().equals("archive")
				&& e.getNamespace().equals(AtomFeedWriter.HISTORY));
		return new Page(feed.getId(), feed.getOtherLinks(), items, archive);
	}

	private static Item item(Entry entry) {
		Element position = entry.getForeignMarkup().stream()
			.filter(e -> e.getNamespace().equals(AtomFeedWriter.EVENT_LOG) && e.getName().equals("position"))
			.findFirst()
			.orElseThrow();
		String json = new String(Base64.getDecoder().decode(entry.getContents().get(0).getValue()),
				StandardCharsets.UTF_8);
		return new Item(Long.parseLong(position.getText()), entry.getId(), entry.getCategories().get(0).getTerm(), json);
	}

	record Page(String feedId, List<Link> links, List<Item> items, boolean archive) {

		Optional<String> link(String rel) {
			return links.stream().filter(l -> rel.equals(l.getRel())).map(Link::getHref).findFirst();
		}

	}

	record Item(long position, String id, String type, String json) {
	}

}
