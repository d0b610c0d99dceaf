package dev.orderflow.bonus.web;

import java.util.List;

import dev.orderflow.bonus.CustomerPoints;
import dev.orderflow.bonus.Earnings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PointsPages.class)
class PointsPagesTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Earnings earnings;

	@Test
	void theHomeOfTheServiceIsTheCustomerList() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/customers"));
	}

	@Test
	void theListShowsEachCustomerWithPointsAndOrdersAndPagesThroughTheRest() throws Exception {
		when(earnings.customers(PageRequest.of(0, 20))).thenReturn(new PageImpl<>(
				List.of(new CustomerPoints(2, "Grace Hopper", 226, 2, 1),
						new CustomerPoints(5, "<script>alert(1)</script>", 7, 1, 0)),
				PageRequest.of(0, 20), 21));

		mvc.perform(get("/customers"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"customer-2\""), containsString("Grace Hopper"),
					containsString("<td class=\"number\">226</td>"), containsString("Page 1 of 2, 21 in all"),
					containsString("&lt;script&gt;alert(1)&lt;/script&gt;"), not(containsString("<script>alert")))));
	}

	@Test
	void withoutBookedOrdersTheListSaysSo() throws Exception {
		when(earnings.customers(PageRequest.of(0, 20)))
			.thenReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));

		mvc.perform(get("/customers"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No orders booked yet")));
	}

}
