package dev.orderflow;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain is the centre: transports and web are adapters around it, never the other way round. */
@AnalyzeClasses(packages = "dev.orderflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule domainDoesNotKnowItsAdapters = noClasses()
		.that().resideInAnyPackage("dev.orderflow.order", "dev.orderflow.catalog", "dev.orderflow.eventlog",
				"dev.orderflow.pipeline", "dev.orderflow.orderstate")
		.should().dependOnClassesThat()
		.resideInAnyPackage("..web..", "..kafka..", "..atom..", "org.apache.kafka..", "org.springframework.kafka..",
				"org.springframework.http..", "jakarta.servlet..");

}
