package dev.orderflow.order;

import java.util.List;

public class InvalidOrderException extends RuntimeException {

	private final List<Violation> violations;

	public InvalidOrderException(List<Violation> violations) {
		super("Invalid order: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}

}
