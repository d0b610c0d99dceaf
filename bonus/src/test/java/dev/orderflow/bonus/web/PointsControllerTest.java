package dev.orderflow.bonus.web;

import java.util.List;
import java.util.Optional;

import dev.orderflow.bonus.CustomerPoints;
import dev.orderflow.bonus.Earnings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PointsController.class)
class PointsControllerTest {

	static final CustomerPoints GRACE = new CustomerPoints(2, "Grace Hopper", 226, 2, 1);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Earnings earnings;

	@Test
	void listsCustomersWithTheirPointsAPageAtATime() throws Exception {
		when(earnings.customers(PageRequest.of(1, 5)))
			.thenReturn(new PageImpl<>(List.of(GRACE), PageRequest.of(1, 5), 6));

		mvc.perform(get("/api/points?page=1&size=5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].customerId").value(2))
			.andExpect(jsonPath("$.content[0].customerName").value("Grace Hopper"))
			.andExpect(jsonPath("$.content[0].points").value(226))
			.andExpect(jsonPath("$.content[0].orders").value(2))
			.andExpect(jsonPath("$.content[0].cancelledOrders").value(1))
			.andExpect(jsonPath("$.page.totalElements").value(6));
	}

	@Test
	void answersOneCustomersPointsAnd404ForACustomerWithoutBookedOrders() throws Exception {
		when(earnings.customer(2)).thenReturn(Optional.of(GRACE));
		when(earnings.customer(3)).thenReturn(Optional.empty());

		mvc.perform(get("/api/points/2")).andExpect(status().isOk()).andExpect(jsonPath("$.points").value(226));
		mvc.perform(get("/api/points/3")).andExpect(status().isNotFound());
	}

}
