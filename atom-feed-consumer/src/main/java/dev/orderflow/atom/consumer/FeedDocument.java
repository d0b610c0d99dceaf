package dev.orderflow.atom.consumer;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jdom2.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One document of the feed (the subscription document or an archive page) as ROME reads it: its entries in position
 * order and its {@code prev-archive} link. The names are the order service's, pinned by
 * {@code contracts/order-feed.v1.atom}.
 */
final class FeedDocument {

	static final String TYPE_SCHEME = "tag:orderflow.dev,2025:event-type";

	static final String VERSION_SCHEME = "tag:orderflow.dev,2025:event-version";

	static final String EVENT_LOG = "tag:orderflow.dev,2025:event-log";

	private static final Logger log = LoggerFactory.getLogger(FeedDocument.class);

	private final URI url;

	private final String etag;

	private final List<FeedEntry> entries;

	private final Optional<URI> prevArchive;

	private FeedDocument(URI url, String etag, List<FeedEntry> entries, Optional<URI> prevArchive) {
		this.url = url;
		this.etag = etag;
		this.entries = entries;
		this.prevArchive = prevArchive;
	}

	/**
	 * @throws UnreadableFeedException if the bytes are no Atom feed at all; single entries that cannot be read do not
	 * make the document unreadable
	 */
	static FeedDocument parse(URI url, String etag, byte[] body) {
		WireFeed wire;
		try {
			// ROME refuses DOCTYPE declarations by default, so no external entities are fetched.
			wire = new WireFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
		}
		catch (Exception ex) {
			throw new UnreadableFeedException(url + " is not a readable feed: " + ex.getMessage(), ex);
		}
		if (!(wire instanceof Feed feed)) {
			throw new UnreadableFeedException(url + " is a " + wire.getFeedType() + " feed, not Atom");
		}
		List<FeedEntry> entries = new ArrayList<>();
		for (Entry entry : feed.getEntries()) {
			Optional<Long> position = position(entry);
			if (position.isEmpty()) {
				// Without a position the entry cannot be placed; the gap it leaves is recorded (and logged) when reached.
				log.debug("Entry {} in {} has no position", entry.getId(), url);
				continue;
			}
			entries.add(entry(position.get(), entry));
		}
		entries.sort(Comparator.comparingLong(FeedEntry::position));
		Optional<URI> prevArchive = feed.getOtherLinks().stream()
			.filter(link -> "prev-archive".equals(link.getRel()) && link.getHref() != null)
			.map(link -> url.resolve(link.getHref()))
			.findFirst();
		return new FeedDocument(url, etag, List.copyOf(entries), prevArchive);
	}

	URI url() {
		return url;
	}

	String etag() {
		return etag;
	}

	/** Oldest first. */
	List<FeedEntry> entries() {
		return entries;
	}

	Optional<URI> prevArchive() {
		return prevArchive;
	}

	/** Whether entries after {@code position} may be in older documents: this one does not reach back to them. */
	boolean startsAfter(long position) {
		return entries.isEmpty() || entries.get(0).position() > position + 1;
	}

	private static FeedEntry entry(long position, Entry entry) {
		String type = term(entry, TYPE_SCHEME);
		Integer version = Optional.ofNullable(term(entry, VERSION_SCHEME)).flatMap(FeedDocument::number)
			.map(Long::intValue).orElse(null);
		var updated = entry.getUpdated() == null ? null : entry.getUpdated().toInstant();
		String traceParent = eventLog(entry, "traceparent").orElse(null);
		if (type == null) {
			return new FeedEntry(position, entry.getId(), null, version, updated, traceParent, null,
					"the entry names no event type");
		}
		List<Content> contents = entry.getContents();
		if (contents == null || contents.isEmpty() || contents.get(0).getValue() == null) {
			return new FeedEntry(position, entry.getId(), type, version, updated, traceParent, null,
					"the entry has no content");
		}
		Content content = contents.get(0);
		if (!"application/json".equals(content.getType())) {
			return new FeedEntry(position, entry.getId(), type, version, updated, traceParent, null,
					"the content is " + content.getType() + ", not application/json");
		}
		try {
			String json = new String(java.util.Base64.getMimeDecoder().decode(content.getValue().strip()),
					StandardCharsets.UTF_8);
			return new FeedEntry(position, entry.getId(), type, version, updated, traceParent, json, null);
		}
		catch (IllegalArgumentException ex) {
			return new FeedEntry(position, entry.getId(), type, version, updated, traceParent, null,
					"the content is not Base64: " + ex.getMessage());
		}
	}

	private static Optional<Long> position(Entry entry) {
		return eventLog(entry, "position").flatMap(FeedDocument::number);
	}

	/** The text of the entry's element of that name in the event log's namespace, e.g. {@code log:position}. */
	private static Optional<String> eventLog(Entry entry, String name) {
		return entry.getForeignMarkup().stream()
			.filter(element -> element.getName().equals(name) && EVENT_LOG.equals(element.getNamespaceURI()))
			.map(Element::getTextTrim)
			.filter(text -> !text.isEmpty())
			.findFirst();
	}

	private static String term(Entry entry, String scheme) {
		List<Category> categories = entry.getCategories();
		return categories == null ? null : categories.stream().filter(c -> scheme.equals(c.getScheme()))
			.map(Category::getTerm).findFirst().orElse(null);
	}

	private static Optional<Long> number(String text) {
		try {
			return Optional.of(Long.parseLong(text));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
