package dev.orderflow.deploy;

/** The name each service's image is built and deployed under. */
final class Images {

	private Images() {
	}

	static String of(String service) {
		return "orderflow-" + service + ":" + Project.VERSION;
	}

}
