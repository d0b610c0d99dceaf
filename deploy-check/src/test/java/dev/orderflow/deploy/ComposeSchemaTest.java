package dev.orderflow.deploy;

import java.io.InputStream;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** deploy/compose.yaml against the Compose Specification's JSON schema (kept in this module, see its README). */
class ComposeSchemaTest {

	static List<Error> validate(String composeYaml) throws Exception {
		try (InputStream schemaJson = ComposeSchemaTest.class.getResourceAsStream("/compose-spec/compose-spec.json")) {
			JsonNode schemaTree = new ObjectMapper().readTree(schemaJson);
			withoutDraft4Ids(schemaTree);
			Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
				.getSchema(schemaTree.toString());
			JsonNode compose = YAMLMapper.builder().build().readTree(composeYaml);
			return schema.validate(compose);
		}
	}

	/**
	 * The schema declares draft 2019-09 but still carries draft 4's {@code "id": "#/properties/..."} members, which
	 * mean nothing in 2019-09 (an unknown keyword, an annotation at most) and which the validator refuses to load.
	 */
	private static void withoutDraft4Ids(JsonNode node) {
		if (node instanceof ObjectNode object) {
			if (object.path("id").isString()) {
				object.remove("id");
			}
		}
		node.forEach(ComposeSchemaTest::withoutDraft4Ids);
	}

	@Test
	void theComposeFileFollowsTheComposeSpecification() throws Exception {
		assertThat(validate(Compose.TEXT)).isEmpty();
	}

	@Test
	void aServiceWithAMisspeltKeyOrAWrongConditionIsRefused() throws Exception {
		String misspelt = Compose.TEXT.replace("    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready",
				"    healthchek:\n      test: [\"CMD-SHELL\", \"pg_isready");
		String wrongCondition = Compose.TEXT.replaceFirst("condition: service_healthy", "condition: healthy");
		assertThat(misspelt).isNotEqualTo(Compose.TEXT);
		assertThat(validate(misspelt)).extracting(Error::getMessage).anyMatch(m -> m.contains("healthchek"));
		assertThat(validate(wrongCondition)).isNotEmpty();
	}

}
