package dev.orderflow.order;

/** There is no order with this id. */
public class UnknownOrderException extends RuntimeException {

	public UnknownOrderException(long id) {
		super("No order with id " + id);
	}

}
