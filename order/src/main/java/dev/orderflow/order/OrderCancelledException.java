package dev.orderflow.order;

/** A cancelled order stays as it was: its addresses can no longer be changed. */
public class OrderCancelledException extends RuntimeException {

	public OrderCancelledException(long id) {
		super("Order " + id + " is cancelled; its addresses can no longer be changed");
	}

}
