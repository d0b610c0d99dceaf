package dev.orderflow.order.web;

import java.util.List;

import dev.orderflow.order.InvalidOrderException;
import dev.orderflow.order.OrderCancelledException;
import dev.orderflow.order.UnknownOrderException;
import dev.orderflow.order.Violation;
import tools.jackson.core.JacksonException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every rejected order gets one {@code application/problem+json} answer that names each bad field, whether the JSON
 * could not be read, its shape was wrong, or it referred to a customer or item that does not exist. A change of an
 * unknown order is a 404, a change of a cancelled one a 409, both as problem details too.
 */
@RestControllerAdvice
class OrderProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ProblemDetail invalidOrder(InvalidOrderException ex) {
		return invalid(ex.violations());
	}

	@ExceptionHandler
	ProblemDetail unknownOrder(UnknownOrderException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("No such order");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail cancelledOrder(OrderCancelledException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Order is cancelled");
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Violation violation;
		if (ex.getCause() instanceof JacksonException json) {
			violation = json.getPath().isEmpty() ? new Violation("", "not valid JSON: " + json.getOriginalMessage())
					: new Violation(path(json), "cannot be read: " + json.getOriginalMessage());
		}
		else {
			violation = new Violation("", "the body is missing or unreadable");
		}
		return ResponseEntity.badRequest().body(invalid(List.of(violation)));
	}

	private static ProblemDetail invalid(List<Violation> violations) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				violations.size() == 1 ? "1 field is invalid" : violations.size() + " fields are invalid");
		problem.setTitle("Invalid order");
		problem.setProperty("errors", violations);
		return problem;
	}

	/** Turns Jackson's reference chain into the same notation Bean Validation uses, e.g. {@code lines[0].count}. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
