package dev.orderflow.deploy;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests and limits follow what the benchmark measured, and the heap the image sets fits in the limit. */
class ResourceSizingTest {

	private static final BigDecimal MIB = BigDecimal.valueOf(1024 * 1024);

	private final Manifests manifests = Manifests.load();

	@Test
	void eachServiceRequestsAtLeastTheLargestMemoryTheBenchmarkMeasured() {
		BigDecimal measured = largestMeasuredRss();
		for (Deployment deployment : manifests.of(Deployment.class)) {
			ResourceRequirements resources = Deployments.container(deployment).getResources();
			BigDecimal request = bytes(resources.getRequests().get("memory"));
			BigDecimal limit = bytes(resources.getLimits().get("memory"));
			assertThat(request).as(deployment.getMetadata().getName() + "'s memory request").isGreaterThanOrEqualTo(measured);
			assertThat(limit).as(deployment.getMetadata().getName() + "'s memory limit").isGreaterThanOrEqualTo(request);
			assertThat(bytes(resources.getLimits().get("cpu")))
				.isGreaterThanOrEqualTo(bytes(resources.getRequests().get("cpu")));
		}
	}

	@Test
	void theHeapTheImageSetsLeavesHalfTheMemoryLimitForEverythingElse() {
		Matcher heap = Pattern.compile("-Xmx(\\d+)m").matcher(Project.read(Project.DEPLOY.resolve("Dockerfile")));
		assertThat(heap.find()).as("the Dockerfile sets -Xmx in MiB").isTrue();
		BigDecimal maxHeap = new BigDecimal(heap.group(1)).multiply(MIB);
		for (Deployment deployment : manifests.of(Deployment.class)) {
			BigDecimal limit = bytes(Deployments.container(deployment).getResources().getLimits().get("memory"));
			assertThat(maxHeap.multiply(BigDecimal.valueOf(2))).as(deployment.getMetadata().getName())
				.isLessThanOrEqualTo(limit);
		}
	}

	/**
	 * The largest resident memory of a service that docs/performance.md's "Last results" report, written there as
	 * "NNN MiB per service" or "NNN–NNN MiB per service" (the broker and database are not sized here).
	 */
	private static BigDecimal largestMeasuredRss() {
		String performance = Project.read(Project.ROOT.resolve("docs/performance.md"));
		int start = performance.indexOf("## Last results");
		assertThat(start).as("docs/performance.md has its Last results").isNotNegative();
		String section = performance.substring(start, performance.indexOf("\n## ", start + 1));
		int largest = Pattern.compile("(\\d+)(?:–(\\d+))? MiB per service")
			.matcher(section)
			.results()
			.mapToInt(m -> Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(1)))
			.max()
			.orElseThrow(() -> new AssertionError("no \"MiB per service\" in docs/performance.md's Last results"));
		return BigDecimal.valueOf(largest).multiply(MIB);
	}

	private static BigDecimal bytes(Quantity quantity) {
		assertThat(quantity).isNotNull();
		return Quantity.getAmountInBytes(quantity);
	}

}
