package dev.orderflow;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The domain is the centre: Kafka and the web are adapters around it, never the other way round. The reading of the
 * order events into the service's own type knows neither Kafka nor Avro; the Kafka adapter does that part.
 */
@AnalyzeClasses(packages = "dev.orderflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule domainDoesNotKnowItsAdapters = noClasses()
		.that().resideInAnyPackage("dev.orderflow.bonus", "dev.orderflow.bonus.events")
		.should().dependOnClassesThat()
		.resideInAnyPackage("..web..", "..kafka..", "org.apache.kafka..", "org.springframework.kafka..",
				"org.springframework.http..", "jakarta.servlet..", "org.apache.avro..");

}
