package dev.orderflow.pipeline;

/** The broker could not be asked about the pipeline: it is down, slow or does not know the topic yet. */
public class PipelineUnavailableException extends RuntimeException {

	public PipelineUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
