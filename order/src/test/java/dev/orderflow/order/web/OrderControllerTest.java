package dev.orderflow.order.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.orderflow.order.Address;
import dev.orderflow.order.ChangeOrder;
import dev.orderflow.order.InvalidOrderException;
import dev.orderflow.order.Order;
import dev.orderflow.order.OrderCancelledException;
import dev.orderflow.order.OrderLine;
import dev.orderflow.order.OrderRequest;
import dev.orderflow.order.OrderStatus;
import dev.orderflow.order.Orders;
import dev.orderflow.order.PlaceOrder;
import dev.orderflow.order.UnknownOrderException;
import dev.orderflow.order.Violation;
import dev.orderflow.web.WebSecurity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The JSON API; it needs no CSRF token, with the service's real security configuration in place. */
@WebMvcTest(OrderController.class)
@Import({ WebSecurity.class, AcceptedOrders.class })
class OrderControllerTest {

	private static final String VALID = """
			{"customerId": 1,
			 "shippingAddress": {"street": "1 Main Street", "zip": "12345", "city": "Springfield"},
			 "billingAddress": {"street": "2 Side Street", "zip": "54321", "city": "Shelbyville"},
			 "lines": [{"itemId": 1, "count": 2}]}""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PlaceOrder placeOrder;

	@MockitoBean
	Orders orders;

	@MockitoBean
	ChangeOrder changeOrder;

	@Test
	void acceptedOrderAnswers201WithLocationAndTotal() throws Exception {
		Address address = new Address("1 Main Street", "12345", "Springfield");
		when(placeOrder.place(any(OrderRequest.class))).thenReturn(new Order(7, 1, "Ada", address, address,
				List.of(new OrderLine(1, "iPod", new BigDecimal("42.00"), 2)), Instant.now()));

		mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", endsWith("/api/orders/7")))
			.andExpect(jsonPath("$.id").value(7))
			.andExpect(jsonPath("$.total").value(84.0));
	}

	@Test
	void malformedJsonIsAProblemAndNothingIsPlaced() throws Exception {
		mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON).content("{\"customerId\": 1,"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].message").exists());
		verifyNoInteractions(placeOrder);
	}

	@Test
	void aValueOfTheWrongTypeIsNamedByItsPath() throws Exception {
		mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON)
			.content(VALID.replace("\"count\": 2", "\"count\": \"two\"")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("lines[0].count"));
		verifyNoInteractions(placeOrder);
	}

	@Test
	void everyMissingOrInvalidFieldIsNamed() throws Exception {
		String invalid = """
				{"shippingAddress": {"street": "", "zip": "12345", "city": "Springfield"},
				 "billingAddress": {"street": "2 Side Street", "zip": "54321"},
				 "lines": [{"itemId": 1, "count": 0}]}""";

		mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON).content(invalid))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid order"))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("customerId", "shippingAddress.street",
					"billingAddress.city", "lines[0].count")));
		verify(placeOrder, never()).place(any());
	}

	@Test
	void missingFieldsAndUnknownReferencesAreNamedInOneAnswer() throws Exception {
		when(placeOrder.unknownReferences(99L, List.of(1L)))
			.thenReturn(List.of(new Violation("customerId", "no customer with id 99")));

		mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON)
			.content(VALID.replace("\"customerId\": 1", "\"customerId\": 99").replace("\"city\": \"Shelbyville\"", "\"city\": \"\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("billingAddress.city", "customerId")));
	}

	@Test
	void anOrderWithoutLinesNamesTheLines() throws Exception {
		mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON)
			.content(VALID.replace("[{\"itemId\": 1, \"count\": 2}]", "[]")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("lines")));
	}

	@Test
	void unknownCustomerOrItemFoundByTheUseCaseIsAProblemToo() throws Exception {
		when(placeOrder.place(any(OrderRequest.class))).thenThrow(new InvalidOrderException(
				List.of(new Violation("customerId", "no customer with id 1"),
						new Violation("lines[0].itemId", "no item with id 1"))));

		mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON).content(VALID))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("customerId", "lines[0].itemId")));
	}

	@Test
	void anUnknownOrderIs404() throws Exception {
		when(orders.findById(5)).thenReturn(Optional.empty());

		mvc.perform(get("/api/orders/5")).andExpect(status().isNotFound());
	}

	@Test
	void changingACancelledOrderAnswers409AsProblem() throws Exception {
		when(changeOrder.changeAddresses(eq(7L), any(), any())).thenThrow(new OrderCancelledException(7));

		mvc.perform(put("/api/orders/7/addresses").contentType(MediaType.APPLICATION_JSON).content(ADDRESSES))
			.andExpect(status().isConflict())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Order is cancelled"));
	}

	@Test
	void cancellingAnUnknownOrderAnswers404AsProblem() throws Exception {
		when(changeOrder.cancel(8L, null)).thenThrow(new UnknownOrderException(8));

		mvc.perform(post("/api/orders/8/cancellation"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aCancellationAnswersWithTheCancelledOrderAndPassesTheReasonOn() throws Exception {
		Address address = new Address("1 Main Street", "12345", "Springfield");
		when(changeOrder.cancel(7L, "twice")).thenReturn(new Order(7, 1, "Ada", address, address,
				List.of(new OrderLine(1, "iPod", new BigDecimal("42.00"), 2)), Instant.now(), OrderStatus.CANCELLED));

		mvc.perform(post("/api/orders/7/cancellation").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \" twice \"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
	}

	@Test
	void aTooLongReasonIsRejectedNamingTheField() throws Exception {
		mvc.perform(post("/api/orders/7/cancellation").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"" + "x".repeat(501) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
	}

	private static final String ADDRESSES = """
			{"shippingAddress": {"street": "1 Main Street", "zip": "12345", "city": "Springfield"},
			 "billingAddress": {"street": "2 Side Street", "zip": "54321", "city": "Shelbyville"}}""";

}
