package dev.orderflow.pipeline;

/** Looks at the running pipeline; implemented by the transport that carries the events. */
public interface Pipeline {

	/**
	 * The topic and groups as the broker sees them now.
	 *
	 * @throws PipelineUnavailableException when the broker cannot tell, for example because it is not running
	 */
	PipelineSnapshot snapshot();

}
