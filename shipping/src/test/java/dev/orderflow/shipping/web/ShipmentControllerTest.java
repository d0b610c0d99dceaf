package dev.orderflow.shipping.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.orderflow.shipping.Address;
import dev.orderflow.shipping.Shipment;
import dev.orderflow.shipping.ShipmentLine;
import dev.orderflow.shipping.Shipments;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ShipmentController.class)
class ShipmentControllerTest {

	private static final Shipment SHIPMENT = new Shipment(7, "Ada",
			new Address("1 Main Street", "12345", "Springfield"), List.of(new ShipmentLine(1, "iPod", 2)),
			Instant.parse("2026-11-26T12:00:00Z"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Shipments shipments;

	@Test
	void aShipmentThatDoesNotExistYetIs404AsAProblem() throws Exception {
		when(shipments.findByOrderId(7)).thenReturn(Optional.empty());

		mvc.perform(get("/api/shipments/7"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aShipmentShowsTheAddressAndTheLinesToShip() throws Exception {
		when(shipments.findByOrderId(7)).thenReturn(Optional.of(SHIPMENT));

		mvc.perform(get("/api/shipments/7"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.address.street").value("1 Main Street"))
			.andExpect(jsonPath("$.lines[0].itemName").value("iPod"))
			.andExpect(jsonPath("$.lines[0].count").value(2));
	}

	@Test
	void shipmentsArePaged() throws Exception {
		when(shipments.findAll(any())).thenReturn(new PageImpl<>(List.of(SHIPMENT), PageRequest.of(0, 20), 41));

		mvc.perform(get("/api/shipments"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].orderId").value(7))
			.andExpect(jsonPath("$.page.totalElements").value(41))
			.andExpect(jsonPath("$.page.totalPages").value(3));
	}

}
