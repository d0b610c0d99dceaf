package dev.orderflow.pipeline.web;

import java.time.Instant;
import java.util.List;

import dev.orderflow.pipeline.Pipeline;
import dev.orderflow.pipeline.PipelineSnapshot;
import dev.orderflow.pipeline.PipelineUnavailableException;
import dev.orderflow.web.WebSecurity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(PipelineController.class)
@Import(WebSecurity.class)
class PipelineControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Pipeline pipeline;

	@Test
	void theSnapshotIsJsonWithPartitionsMembersAndLag() throws Exception {
		when(pipeline.snapshot()).thenReturn(new PipelineSnapshot("order",
				List.of(new PipelineSnapshot.Partition(0, 12), new PipelineSnapshot.Partition(1, 9)),
				List.of(new PipelineSnapshot.Group("shipping", "Stable",
						List.of(new PipelineSnapshot.Member("shipping-2", "127.0.0.1:8084", List.of(0, 1))),
						List.of(new PipelineSnapshot.PartitionLag(0, 12L, 0, "shipping-2"),
								new PipelineSnapshot.PartitionLag(1, null, 9, "shipping-2")))),
				Instant.parse("2026-11-26T12:00:00Z")));

		mvc.perform(get("/api/pipeline"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.topic").value("order"))
			.andExpect(jsonPath("$.partitions[1].endOffset").value(9))
			.andExpect(jsonPath("$.groups[0].members[0].instance").value("shipping-2"))
			.andExpect(jsonPath("$.groups[0].members[0].address").value("127.0.0.1:8084"))
			.andExpect(jsonPath("$.groups[0].members[0].partitions[1]").value(1))
			.andExpect(jsonPath("$.groups[0].partitions[1].committedOffset").value(nullValue()))
			.andExpect(jsonPath("$.groups[0].partitions[1].lag").value(9))
			.andExpect(jsonPath("$.takenAt").value("2026-11-26T12:00:00Z"));
	}

	@Test
	void whenKafkaCannotBeAskedTheAnswerIs503AsAProblem() throws Exception {
		when(pipeline.snapshot()).thenThrow(new PipelineUnavailableException("Kafka did not answer within 5 s", null));

		mvc.perform(get("/api/pipeline"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Kafka is not available"))
			.andExpect(jsonPath("$.detail").value("Kafka did not answer within 5 s"));
	}

	@Test
	void thePageRefreshesItselfFromTheJson() throws Exception {
		mvc.perform(get("/pipeline"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-api=\"/api/pipeline\""),
					containsString("src=\"/js/pipeline.js\""), containsString("./orderflow start shipping --scale shipping=3"))));
	}

}
