package dev.orderflow.eventlog.atom;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.orderflow.eventlog.LoggedEvent;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Writes feed documents with ROME. The names below are the feed's contract with its readers, pinned by
 * {@code contracts/order-feed.v1.atom}.
 */
final class AtomFeedWriter {

	/** The same for every document of the feed, as RFC 5005 asks. */
	static final String FEED_ID = "tag:orderflow.dev,2025:order-events";

	static final String TYPE_SCHEME = "tag:orderflow.dev,2025:event-type";

	static final String VERSION_SCHEME = "tag:orderflow.dev,2025:event-version";

	/** Carries each entry's position in the event log, the readers' cursor. */
	static final Namespace EVENT_LOG = Namespace.getNamespace("log", "tag:orderflow.dev,2025:event-log");

	static final Namespace HISTORY = Namespace.getNamespace("fh", "http://purl.org/syndication/history/1.0");

	private AtomFeedWriter() {
	}

	/**
	 * @param feedUrl the subscription document's absolute URL; archive pages are at {@code feedUrl/archive/<number>}
	 * @param events the page's events, in any order
	 */
	static String write(FeedPage page, List<LoggedEvent> events, String feedUrl) {
		Feed feed = new Feed("atom_1.0");
		feed.setId(FEED_ID);
		feed.setTitle(page.archive() ? "orderflow order events, archive page " + page.number() : "orderflow order events");
		feed.setAuthors(List.of(author()));
		feed.setUpdated(Date.from(events.stream().map(LoggedEvent::sequencedAt).max(Comparator.naturalOrder())
			.orElse(Instant.EPOCH)));
		List<Link> links = new ArrayList<>();
		links.add(link("self", page.archive() ? archiveUrl(feedUrl, page.number()) : feedUrl));
		links.add(link("current", feedUrl));
		if (page.hasPrevious()) {
			links.add(link("prev-archive", archiveUrl(feedUrl, page.number() - 1)));
		}
		// No next-archive link: the newest archive page would gain one later, and archive pages never change.
		feed.setOtherLinks(links);
		if (page.archive()) {
			feed.setForeignMarkup(List.of(new Element("archive", HISTORY)));
		}
		feed.setEntries(events.stream().sorted(Comparator.comparingLong(LoggedEvent::position).reversed())
			.map(AtomFeedWriter::entry).toList());
		return serialize(feed);
	}

	static String archiveUrl(String feedUrl, long number) {
		return feedUrl + "/archive/" + number;
	}

	private static Entry entry(LoggedEvent event) {
		Entry entry = new Entry();
		entry.setId("urn:uuid:" + event.eventId());
		entry.setTitle(event.type() + " " + event.aggregateId());
		entry.setUpdated(Date.from(event.occurredAt()));
		entry.setCategories(List.of(category(TYPE_SCHEME, event.type()),
				category(VERSION_SCHEME, Integer.toString(event.version()))));
		Content content = new Content();
		// RFC 4287 4.1.3.3: content of a media type that is neither XML nor text/* is Base64.
		content.setType("application/json");
		content.setValue(Base64.getEncoder().encodeToString(event.payload().getBytes(StandardCharsets.UTF_8)));
		entry.setContents(List.of(content));
		List<Element> markup = new ArrayList<>(2);
		markup.add(new Element("position", EVENT_LOG).setText(Long.toString(event.position())));
		if (event.traceParent() != null) {
			// The trace of the request that placed the order, for readers that continue it (W3C Trace Context).
			markup.add(new Element("traceparent", EVENT_LOG).setText(event.traceParent()));
		}
		entry.setForeignMarkup(markup);
		return entry;
	}

	private static String serialize(Feed feed) {
		try {
			Document document = new WireFeedOutput().outputJDom(feed);
			// Declared once at the top rather than on every entry.
			document.getRootElement().addNamespaceDeclaration(EVENT_LOG);
			document.getRootElement().addNamespaceDeclaration(HISTORY);
			return new XMLOutputter(Format.getPrettyFormat()).outputString(document);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("ROME could not write the feed", ex);
		}
	}

	private static Person author() {
		Person author = new Person();
		author.setName("orderflow order service");
		return author;
	}

	private static Link link(String rel, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(href);
		link.setType("application/atom+xml");
		return link;
	}

	private static Category category(String scheme, String term) {
		Category category = new Category();
		category.setScheme(scheme);
		category.setTerm(term);
		return category;
	}

}
