package dev.orderflow.testsupport;

import java.util.List;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps every span the service under test ends, in memory: Spring Boot hands each {@code SpanExporter} bean the
 * spans its batch processor exports. Import it into a {@code @SpringBootTest} and set
 * {@code management.opentelemetry.tracing.export.schedule-delay} short, so spans arrive soon after they end.
 */
@Configuration(proxyBeanMethods = false)
public class CapturedSpans {

	@Bean
	InMemorySpanExporter capturedSpanExporter() {
		return InMemorySpanExporter.create();
	}

	/** The ended spans of one trace, in the order they were exported. */
	public static List<SpanData> ofTrace(InMemorySpanExporter exporter, String traceId) {
		return exporter.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
	}

}
