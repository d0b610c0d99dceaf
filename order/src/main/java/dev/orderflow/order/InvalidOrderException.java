package dev.orderflow.order;

import java.util.Comparator;
import java.util.List;

/** An order that cannot be accepted; its violations are sorted by field, so answers read the same every time. */
public class InvalidOrderException extends RuntimeException {

	private final List<Violation> violations;

	public InvalidOrderException(List<Violation> violations) {
		super("Invalid order: " + violations);
		this.violations = violations.stream().sorted(Comparator.comparing(Violation::field)).toList();
	}

	public List<Violation> violations() {
		return violations;
	}

}
