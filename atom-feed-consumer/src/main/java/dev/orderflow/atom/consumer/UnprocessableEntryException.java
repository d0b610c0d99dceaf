package dev.orderflow.atom.consumer;

/**
 * Thrown by a {@link FeedEntryHandler} for an entry that will never succeed however often it is tried (a required
 * field is missing, say); the entry is recorded as a feed failure with this message and the poller moves on.
 */
public class UnprocessableEntryException extends RuntimeException {

	public UnprocessableEntryException(String message) {
		super(message);
	}

}
