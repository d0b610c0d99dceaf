package dev.orderflow.eventlog.atom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeedPageTest {

	@Test
	void theSubscriptionDocumentHoldsTheNewestPageUpToTheNewestPosition() {
		assertThat(FeedPage.newest(0, 20)).isEqualTo(new FeedPage(0, 1, 0, false));
		assertThat(FeedPage.newest(1, 20)).isEqualTo(new FeedPage(0, 1, 1, false));
		assertThat(FeedPage.newest(20, 20)).isEqualTo(new FeedPage(0, 1, 20, false));
		assertThat(FeedPage.newest(21, 20)).isEqualTo(new FeedPage(1, 21, 21, false));
		assertThat(FeedPage.newest(67, 20)).isEqualTo(new FeedPage(3, 61, 67, false));
	}

	@Test
	void anArchivePageExistsOnlyOnceItIsFull() {
		assertThat(FeedPage.archive(0, 19, 20)).isEmpty();
		assertThat(FeedPage.archive(0, 20, 20)).contains(new FeedPage(0, 1, 20, true));
		assertThat(FeedPage.archive(2, 67, 20)).contains(new FeedPage(2, 41, 60, true));
		assertThat(FeedPage.archive(3, 67, 20)).isEmpty();
		assertThat(FeedPage.archive(-1, 67, 20)).isEmpty();
	}

	@Test
	void theEtagChangesWithEveryNewEntryAndWithThePageSize() {
		assertThat(FeedPage.newest(0, 20).etag()).isEqualTo("\"page0-empty\"");
		assertThat(FeedPage.newest(67, 20).etag()).isEqualTo("\"page3-61-67\"");
		assertThat(FeedPage.newest(68, 20).etag()).isNotEqualTo(FeedPage.newest(67, 20).etag());
		assertThat(FeedPage.newest(67, 30).etag()).isNotEqualTo(FeedPage.newest(67, 20).etag());
		assertThat(FeedPage.archive(2, 67, 20).orElseThrow().etag()).isEqualTo("\"page2-41-60\"");
	}

	@Test
	void onlyPagesAfterTheFirstLinkToAPreviousArchive() {
		assertThat(FeedPage.newest(20, 20).hasPrevious()).isFalse();
		assertThat(FeedPage.newest(21, 20).hasPrevious()).isTrue();
	}

	@Test
	void ifNoneMatchAcceptsListsWildcardsAndWeakTags() {
		assertThat(EventFeedController.matches(null, "\"page0-1-3\"")).isFalse();
		assertThat(EventFeedController.matches("\"page0-1-2\"", "\"page0-1-3\"")).isFalse();
		assertThat(EventFeedController.matches("\"page0-1-3\"", "\"page0-1-3\"")).isTrue();
		assertThat(EventFeedController.matches("\"x\", W/\"page0-1-3\"", "\"page0-1-3\"")).isTrue();
		assertThat(EventFeedController.matches("*", "\"page0-1-3\"")).isTrue();
	}

}
