package dev.orderflow.eventlog.atom;

import java.util.Optional;

/**
 * One document of the feed: page {@code number} holds positions {@code number*size+1 .. (number+1)*size}. The newest
 * page is the subscription document and holds positions up to the newest one; every page before it is full and an
 * archive, and stays as it is.
 *
 * @param first the first position the page holds
 * @param last the last position it holds; below {@code first} while the log is empty
 * @param archive whether this is an archive page rather than the subscription document
 */
record FeedPage(long number, long first, long last, boolean archive) {

	/** The subscription document when the newest position is {@code head}. */
	static FeedPage newest(long head, int size) {
		long number = head == 0 ? 0 : (head - 1) / size;
		return new FeedPage(number, number * size + 1, head, false);
	}

	/** Archive page {@code number}, if it is full when the newest position is {@code head}. */
	static Optional<FeedPage> archive(long number, long head, int size) {
		long last = (number + 1) * size;
		return number >= 0 && last <= head ? Optional.of(new FeedPage(number, number * size + 1, last, true))
				: Optional.empty();
	}

	boolean empty() {
		return last < first;
	}

	boolean hasPrevious() {
		return number > 0;
	}

	/**
	 * A strong validator: entries never change once sequenced, so the page number and the range of positions determine
	 * the document (for a given host).
	 */
	String etag() {
		return "\"page" + number + "-" + (empty() ? "empty" : first + "-" + last) + "\"";
	}

}
