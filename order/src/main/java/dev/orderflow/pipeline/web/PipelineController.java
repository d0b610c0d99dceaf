package dev.orderflow.pipeline.web;

import dev.orderflow.pipeline.Pipeline;
import dev.orderflow.pipeline.PipelineSnapshot;
import dev.orderflow.pipeline.PipelineUnavailableException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /pipeline} is a page that asks {@code /api/pipeline} every two seconds, so partitions can be seen moving
 * between instances while a group rebalances. The home page on the entry point reads the same JSON.
 */
@Controller
class PipelineController {

	private final Pipeline pipeline;

	PipelineController(Pipeline pipeline) {
		this.pipeline = pipeline;
	}

	@GetMapping("/pipeline")
	String page() {
		return "pipeline";
	}

	@GetMapping("/api/pipeline")
	@ResponseBody
	PipelineSnapshot snapshot() {
		return pipeline.snapshot();
	}

	@ExceptionHandler
	@ResponseBody
	ProblemDetail unavailable(PipelineUnavailableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
		problem.setTitle("Kafka is not available");
		return problem;
	}

}
