package dev.newsflow.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates JSON against the record schemas shipped in {@code schemas/} of the model module. */
public final class RecordSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(
                    mappers -> mappers.mapPrefix("https://newsflow.dev/schemas/", "classpath:schemas/")));
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    public static final JsonSchema ARTICLE = load("article.schema.json");
    public static final JsonSchema ENRICHED_ARTICLE = load("enriched-article.schema.json");

    private RecordSchemas() {}

    private static JsonSchema load(String file) {
        return FACTORY.getSchema(SchemaLocation.of("classpath:schemas/" + file), CONFIG);
    }

    /** The violations of {@code schema} in {@code json}, as readable lines; empty when it is valid. */
    public static List<String> violations(JsonSchema schema, String json) {
        try {
            JsonNode node = Json.MAPPER.readTree(json);
            return schema.validate(node).stream()
                    .map(ValidationMessage::getMessage)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
