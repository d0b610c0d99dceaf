package dev.orderflow.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads YAML into the Kubernetes (fabric8) and Strimzi API models as strictly as the API server reads it into its
 * schema. Both models keep unknown fields in an "additional properties" map instead of refusing them; this mapper
 * takes that map away, so a misspelt or misplaced field fails with its path. A quoted number where the API wants a
 * number, or a number where it wants text (an unquoted env value), fails too, as {@code kubectl apply} would, and so
 * does a value Strimzi's enums do not know (an ACL operation {@code Consume}), which they would read as null.
 */
final class StrictYaml {

	static final ObjectMapper MAPPER = strictMapper();

	private StrictYaml() {
	}

	static List<JsonNode> documents(String yaml) {
		try (var documents = MAPPER.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
			return documents.readAll().stream().filter(node -> node != null && !node.isNull() && !node.isMissingNode())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static <T> T convert(JsonNode node, Class<T> type) {
		try {
			return MAPPER.treeToValue(node, type);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(type.getSimpleName() + " does not match its API: " + ex.getMessage(), ex);
		}
	}

	private static ObjectMapper strictMapper() {
		SimpleModule noAdditionalProperties = new SimpleModule("no-additional-properties");
		noAdditionalProperties.setDeserializerModifier(new BeanDeserializerModifier() {
			@Override
			public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
					BeanDeserializerBuilder builder) {
				builder.setAnySetter(null);
				return builder;
			}

			@Override
			public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
					BeanDescription description, JsonDeserializer<?> deserializer) {
				return new KnownValuesOnly(deserializer);
			}
		});
		YAMLMapper mapper = YAMLMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
			.addModule(noAdditionalProperties)
			.build();
		for (LogicalType number : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
			mapper.coercionConfigFor(number).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
		}
		mapper.coercionConfigFor(LogicalType.Textual)
			.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
			.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
		return mapper;
	}

	/** Fails where an enum's factory answers null for a value it does not know. */
	private static final class KnownValuesOnly extends DelegatingDeserializer {

		KnownValuesOnly(JsonDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
			return new KnownValuesOnly(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			Object value = super.deserialize(parser, context);
			if (value == null) {
				throw context.weirdStringException(parser.getText(), handledType(), "not a value the API accepts");
			}
			return value;
		}

	}

}
