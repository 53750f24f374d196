package dev.heartwood.infra.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.PropertyCustomizer;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which fields may be {@code null} (OpenAPI 3.0's {@code nullable}): in an answer, a record component marked
 * {@code @Nullable}; in a request, every field that is not required, since Jackson reads {@code null} as left out.
 * A nullable reference to another schema is written as a nullable copy of that schema: 3.0 ignores anything beside a
 * {@code $ref}, and validators read {@code nullable} beside {@code allOf} as applying to neither.
 */
class NullableFields implements PropertyCustomizer {

    /** Nullable properties whose schema was still being resolved, made nullable copies once it is a reference. */
    private final List<Map.Entry<Schema<?>, String>> nullableReferences = new ArrayList<>();

    @Override
    @SuppressWarnings("rawtypes")
    public Schema customize(Schema property, AnnotatedType type) {
        if (!markedNullable(type.getCtxAnnotations())) {
            return property;
        }
        if (property.get$ref() != null || property.getProperties() != null) {
            if (type.getParent() != null && type.getPropertyName() != null) {
                synchronized (nullableReferences) {
                    nullableReferences.add(Map.entry(type.getParent(), type.getPropertyName()));
                }
            }
            return property;
        }
        property.setNullable(true);
        return property;
    }

    /** Copies the nullable references, and makes the fields requests may leave out nullable. */
    void complete(OpenAPI openApi) {
        Map<String, Schema> components = openApi.getComponents().getSchemas();
        synchronized (nullableReferences) {
            nullableReferences.forEach(nullable -> nullable.getKey().getProperties()
                    .computeIfPresent(nullable.getValue(), (name, property) -> nullable(property, components)));
        }
        Set<String> requested = new HashSet<>();
        ApiDocument.operations(openApi).map(Operation::getRequestBody).filter(Objects::nonNull)
                .flatMap(body -> body.getContent().values().stream())
                .forEach(content -> reach(content.getSchema(), components, requested));
        requested.stream().map(components::get).filter(schema -> schema.getProperties() != null)
                .forEach(schema -> {
                    List<?> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                    schema.getProperties().replaceAll((name, property) -> required.contains(name) ? property
                            : nullable((Schema<?>) property, components));
                });
        // a schema now only ever copied is no longer one a reader needs to look up
        String document = Json.pretty(openApi);
        components.keySet().removeIf(name -> !document.contains("\"#/components/schemas/" + name + "\""));
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> nullable(Schema<?> property, Map<String, Schema> components) {
        if (Boolean.TRUE.equals(property.getNullable())) {
            return property;
        }
        if (property.get$ref() != null) {
            Schema<?> named = components.get(nameIn(property.get$ref()));
            ObjectSchema copy = new ObjectSchema();
            copy.setDescription(named.getDescription());
            copy.setProperties(named.getProperties());
            copy.setRequired(named.getRequired());
            return copy.nullable(true);
        }
        return property.nullable(true);
    }

    private static String nameIn(String reference) {
        return reference.substring(reference.lastIndexOf('/') + 1);
    }

    /** The names of the component schemas a schema refers to, at any depth. */
    @SuppressWarnings("rawtypes")
    private static void reach(Schema<?> schema, Map<String, Schema> components, Set<String> reached) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = nameIn(schema.get$ref());
            if (reached.add(name)) {
                reach(components.get(name), components, reached);
            }
            return;
        }
        Stream.of(schema.getProperties() == null ? Stream.<Schema>empty() : schema.getProperties().values().stream(),
                        Stream.<Schema>ofNullable(schema.getItems()),
                        schema.getAllOf() == null ? Stream.<Schema>empty() : schema.getAllOf().stream())
                .flatMap(s -> s)
                .forEach(inner -> reach(inner, components, reached));
    }

    private static boolean markedNullable(Annotation[] annotations) {
        return annotations != null && Arrays.stream(annotations)
                .anyMatch(annotation -> annotation.annotationType().getSimpleName().equals("Nullable"));
    }
}
