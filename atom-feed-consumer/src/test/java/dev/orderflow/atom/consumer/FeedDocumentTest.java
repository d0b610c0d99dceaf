package dev.orderflow.atom.consumer;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedDocumentTest {

	static final URI FEED = URI.create("http://127.0.0.1:8081/order/feed");

	@Test
	void anEntryThatCannotBeReadIsKeptWithItsProblemSoItCanBeRecorded() {
		FeedDocument document = parse(feed(
				entry(1, "NoteTaken", "application/json", "not base64!"),
				entry(2, null, "application/json", base64("{}")),
				entry(3, "NoteTaken", "text", "plain"),
				entry(4, "NoteTaken", "application/json", base64("{\"text\": \"fine\"}"))));

		assertThat(document.entries()).extracting(FeedEntry::problem).satisfiesExactly(
				problem -> assertThat(problem).startsWith("the content is not Base64"),
				problem -> assertThat(problem).isEqualTo("the entry names no event type"),
				problem -> assertThat(problem).isEqualTo("the content is text, not application/json"),
				problem -> assertThat(problem).isNull());
		assertThat(document.entries().get(3).json()).isEqualTo("{\"text\": \"fine\"}");
	}

	@Test
	void anEntryWithoutAPositionCannotBePlacedAndIsLeftOut() {
		FeedDocument document = parse(feed(entry(7, "NoteTaken", "application/json", base64("{}"))
			.replace("<log:position>7</log:position>", "")));

		assertThat(document.entries()).isEmpty();
		assertThat(document.startsAfter(100)).isTrue();
	}

	@Test
	void relativeLinksAreResolvedAgainstTheDocument() {
		FeedDocument document = parse(feed().replace("<title>", "<link rel=\"prev-archive\" href=\"/order/feed/archive/4\"/><title>"));

		assertThat(document.prevArchive()).contains(URI.create("http://127.0.0.1:8081/order/feed/archive/4"));
	}

	@Test
	void aDocumentThatIsNoAtomFeedIsRefused() {
		assertThatThrownBy(() -> parse("this is not XML")).isInstanceOf(UnreadableFeedException.class);
		assertThatThrownBy(() -> parse("<rss version=\"2.0\"><channel><title>t</title></channel></rss>"))
			.isInstanceOf(UnreadableFeedException.class)
			.hasMessageContaining("not Atom");
	}

	@Test
	void externalEntitiesAreNeverResolved() {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ feed().replace("<title>t</title>", "<title>&x;</title>");

		assertThatThrownBy(() -> parse(xxe)).isInstanceOf(UnreadableFeedException.class);
	}

	private static FeedDocument parse(String xml) {
		return FeedDocument.parse(FEED, "\"e\"", xml.getBytes(StandardCharsets.UTF_8));
	}

	private static String feed(String... entries) {
		return """
				<feed xmlns="http://www.w3.org/2005/Atom" xmlns:log="tag:orderflow.dev,2025:event-log">
				<title>t</title><id>tag:test</id><updated>2025-06-01T10:15:30Z</updated>
				%s</feed>""".formatted(String.join("\n", entries));
	}

	private static String entry(long position, String type, String contentType, String content) {
		String category = type == null ? "" : "<category scheme=\"tag:orderflow.dev,2025:event-type\" term=\"" + type + "\"/>";
		return """
				<entry><title>e</title><id>urn:uuid:00000000-0000-0000-0000-00000000000%d</id>
				<updated>2025-06-01T10:15:30Z</updated>%s
				<content type="%s">%s</content><log:position>%d</log:position></entry>"""
			.formatted(position % 10, category, contentType, content, position);
	}

	private static String base64(String text) {
		return java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
