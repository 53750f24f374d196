package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hostile requests for every operation of the OpenAPI document. A request the operation could take is built
 * from its schema, then spoilt in one way at a time: malformed JSON, wrong types, missing and unknown fields,
 * dates outside any school's calendar, unknown enum values, numbers out of range, over-long text, deep nesting,
 * NUL and half surrogate pairs in text; identifiers and query parameters that are not what they should be,
 * path traversal and SQL-looking strings among them; and bodies over the size limit.
 */
final class HostileCorpus {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final String VALID_CSV = """
            External ID,Name,E-mail,Category,Start date,FTE
            T900,Cara Lee,c.lee@school.example,Teacher,2025-09-01,1
            """;

    /** Identifiers as they go on the wire: percent-encoded where a client would encode them. */
    private static final List<String> HOSTILE_IDENTIFIERS = List.of("not-an-id", "..%2F..%2Fetc%2Fpasswd", "%2E%2E",
            "..;", "1'%20OR%20'1'%3D'1", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%00", "%E2%80%AE", "x".repeat(2000));
    /** Stands for a lone high surrogate, which only a JSON escape can carry: a client's encoder would replace it. */
    private static final String HALF_A_PAIR = "<half-a-pair>";
    private static final List<String> HOSTILE_TEXT = List.of("NOT_A_VALUE", "1'%20OR%20'1'%3D'1%3B--",
            "%3Cscript%3E", "2025%2F27", "x".repeat(2000));

    /** One request, and how it is spoilt. */
    record Call(String spoilt, HttpMethod method, String path, String body, MediaType contentType) {

        @Override
        public String toString() {
            String shown = path.length() > 120 ? path.substring(0, 120) + "..." : path;
            return method + " " + shown + " (" + spoilt + ")";
        }
    }

    /** One operation of the document. */
    record Operation(HttpMethod method, String template, JsonNode spec) {

        Optional<MediaType> bodyType() {
            Iterator<String> types = spec.path("requestBody").path("content").fieldNames();
            return types.hasNext() ? Optional.of(MediaType.parseMediaType(types.next())) : Optional.empty();
        }

        List<String> variables() {
            List<String> variables = new ArrayList<>();
            Matcher variable = PATH_VARIABLE.matcher(template);
            while (variable.find()) {
                variables.add(variable.group(1));
            }
            return variables;
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private final JsonNode document;
    private final Map<String, String> real;

    /** {@code real} names an existing thing for each path variable. */
    HostileCorpus(JsonNode document, Map<String, String> real) {
        this.document = document;
        this.real = real;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                operation -> operations.add(new Operation(HttpMethod.valueOf(operation.getKey().toUpperCase()),
                        path.getKey(), operation.getValue()))));
        return operations;
    }

    /** Every spoilt body for an operation that takes one, sent to things that exist. */
    List<Call> spoiltBodies(Operation operation) {
        List<Call> calls = new ArrayList<>();
        MediaType type = operation.bodyType().orElseThrow();
        String path = path(operation, null, null);
        BiConsumer<String, String> call = (spoilt, body) ->
                calls.add(new Call(spoilt, operation.method(), path, body, type));
        if (type.equals(CSV)) {
            call.accept("an empty file", "");
            call.accept("a NUL in the file", VALID_CSV.replace("Cara", "Ca\u0000ra"));
            calls.add(new Call("JSON instead of CSV", operation.method(), path, "{}", MediaType.APPLICATION_JSON));
            return calls;
        }
        JsonNode schema = resolve(operation.spec().path("requestBody").path("content").path(type.toString())
                .path("schema"));
        ObjectNode valid = (ObjectNode) valid(schema);
        String text = valid.toString();
        // a body that says only when a step happened may be left out altogether
        if (operation.spec().path("requestBody").path("required").asBoolean()) {
            call.accept("no body", "");
            call.accept("null", "null");
        }
        call.accept("not JSON", "{not json");
        call.accept("cut short", text.substring(0, text.length() - 1));
        call.accept("a list", "[]");
        call.accept("a number", "42");
        call.accept("a string", "\"text\"");
        call.accept("nested 5,000 deep", "[".repeat(5000) + "]".repeat(5000));
        if (schema.path("required").size() > 0) {
            call.accept("an empty object", "{}");
        }
        calls.add(new Call("CSV instead of JSON", operation.method(), path, VALID_CSV, CSV));
        spoilFields(schema, valid, "", (spoilt, body) ->
                call.accept(spoilt, body.toString().replace(HALF_A_PAIR, "\\ud83d")));
        return calls;
    }

    /** The operation as a client might well send it: real identifiers, and a body it could take. */
    Call real(Operation operation) {
        Optional<MediaType> type = operation.bodyType();
        return new Call("as it could be sent", operation.method(), path(operation, null, null),
                type.isPresent() ? validBody(operation) : null, type.orElse(null));
    }

    /** The operation with each of its identifiers in turn made hostile, and a body it could take. */
    List<Call> hostileIdentifiers(Operation operation) {
        return identifiers(operation, HOSTILE_IDENTIFIERS);
    }

    /**
     * The operation with each of its identifiers in turn naming nothing that exists, and a body it could take.
     * Not a variable that names one of a fixed set of values (a role), which is no identifier.
     */
    List<Call> unknownIdentifiers(Operation operation) {
        return identifiers(operation, List.of(UUID.randomUUID().toString())).stream()
                .filter(call -> !enumerated(operation, call.spoilt().substring(0, call.spoilt().indexOf(' '))))
                .toList();
    }

    private static boolean enumerated(Operation operation, String variable) {
        for (JsonNode parameter : operation.spec().path("parameters")) {
            if (parameter.path("name").asText().equals(variable)) {
                return parameter.path("schema").has("enum");
            }
        }
        return false;
    }

    private List<Call> identifiers(Operation operation, List<String> values) {
        List<Call> calls = new ArrayList<>();
        Optional<MediaType> type = operation.bodyType();
        String body = type.isPresent() ? validBody(operation) : null;
        for (String variable : operation.variables()) {
            for (String value : values) {
                calls.add(new Call(variable + " = " + value, operation.method(), path(operation, variable, value),
                        body, type.orElse(null)));
            }
        }
        return calls;
    }

    /** The operation with each of its query parameters in turn given values it cannot make sense of. */
    List<Call> hostileQueries(Operation operation) {
        List<Call> calls = new ArrayList<>();
        String path = path(operation, null, null).replaceFirst("\\?.*", "");
        for (JsonNode parameter : operation.spec().path("parameters")) {
            if (!parameter.path("in").asText().equals("query")) {
                continue;
            }
            String name = parameter.path("name").asText();
            for (String value : hostileValues(parameter.path("schema"))) {
                calls.add(new Call(name + " = " + value, operation.method(),
                        path + query(operation, name, value), null, null));
            }
        }
        return calls;
    }

    /** A body of the operation's type just over {@code limit} bytes. */
    Call oversized(Operation operation, long limit) {
        MediaType type = operation.bodyType().orElseThrow();
        String body = type.equals(CSV)
                ? VALID_CSV + "x".repeat((int) limit)
                : "{\"padding\": \"" + "x".repeat((int) limit) + "\"}";
        return new Call("over " + limit + " bytes", operation.method(), path(operation, null, null), body, type);
    }

    private String validBody(Operation operation) {
        MediaType type = operation.bodyType().orElseThrow();
        return type.equals(CSV) ? VALID_CSV : valid(resolve(operation.spec().path("requestBody").path("content")
                .path(type.toString()).path("schema"))).toString();
    }

    /**
     * The path with real identifiers, except {@code value}, sent as it is, for {@code hostile}; with the query
     * parameters the operation requires.
     */
    private String path(Operation operation, String hostile, String value) {
        Matcher variable = PATH_VARIABLE.matcher(operation.template());
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            String concrete = name.equals(hostile) ? value : real.getOrDefault(name, UUID.randomUUID().toString());
            variable.appendReplacement(path, Matcher.quoteReplacement(concrete));
        }
        variable.appendTail(path);
        return path + query(operation, null, null);
    }

    /** The query parameters the operation requires, with {@code value} for {@code parameter} as well. */
    private String query(Operation operation, String parameter, String value) {
        List<String> query = new ArrayList<>();
        for (JsonNode given : operation.spec().path("parameters")) {
            String name = given.path("name").asText();
            if (given.path("in").asText().equals("query") && given.path("required").asBoolean()
                    && !name.equals(parameter)) {
                query.add(name + "=" + valid(given.path("schema")).asText());
            }
        }
        if (parameter != null) {
            query.add(parameter + "=" + value);
        }
        return query.isEmpty() ? "" : "?" + String.join("&", query);
    }

    /** The least value the schema allows; identifiers in it name nothing that exists. */
    private JsonNode valid(JsonNode schema) {
        schema = resolve(schema);
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        if (schema.has("example")) {
            return schema.path("example");
        }
        return switch (schema.path("type").asText("object")) {
            case "string" -> NODES.textNode(switch (schema.path("format").asText()) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date" -> "2026-01-15";
                case "date-time" -> "2026-01-15T09:00:00Z";
                case "email" -> "c.lee@school.example";
                default -> "Reading";
            });
            case "number", "integer" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> NODES.arrayNode().add(valid(schema.path("items")));
            default -> {
                // only what is required: optional fields may exclude one another
                ObjectNode object = NODES.objectNode();
                for (JsonNode required : schema.path("required")) {
                    object.set(required.asText(), valid(schema.path("properties").path(required.asText())));
                }
                yield object;
            }
        };
    }

    /** The valid body with one field at a time, at any depth and required or not, spoilt. */
    private void spoilFields(JsonNode schema, ObjectNode body, String pointer, BiConsumer<String, JsonNode> call) {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(field -> required.add(field.asText()));
        ObjectNode unknown = body.deepCopy();
        ((ObjectNode) unknown.at(pointer)).put("unexpected", true);
        call.accept("an unknown field in " + (pointer.isEmpty() ? "the body" : pointer), unknown);
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String field = pointer + "/" + property.getKey();
            JsonNode propertySchema = resolve(property.getValue());
            BiConsumer<String, JsonNode> with = (spoilt, value) -> {
                ObjectNode spoiltBody = body.deepCopy();
                ObjectNode parent = (ObjectNode) spoiltBody.at(pointer);
                if (value == null) {
                    parent.remove(property.getKey());
                } else {
                    parent.set(property.getKey(), value);
                }
                call.accept(field + ": " + spoilt, spoiltBody);
            };
            if (required.contains(property.getKey())) {
                with.accept("missing", null);
                with.accept("null", NODES.nullNode());
            }
            spoilValue(propertySchema, required.contains(property.getKey()), with);
            if (propertySchema.has("properties")) {
                ObjectNode withIt = body.deepCopy();
                ((ObjectNode) withIt.at(pointer)).set(property.getKey(), valid(propertySchema));
                spoilFields(propertySchema, withIt, field, call);
            }
        }
    }

    private void spoilValue(JsonNode schema, boolean required, BiConsumer<String, JsonNode> with) {
        String type = schema.path("type").asText("object");
        switch (type) {
            case "string" -> {
                with.accept("an object", NODES.objectNode().put("not", "a string"));
                with.accept("a NUL", NODES.textNode("Read\u0000ing"));
                with.accept("half a surrogate pair", NODES.textNode("Read" + HALF_A_PAIR + "ing"));
                if (schema.has("maxLength")) {
                    with.accept("too long", NODES.textNode("x".repeat(schema.path("maxLength").asInt() + 1)));
                }
                if (schema.has("enum")) {
                    with.accept("not one of its values", NODES.textNode("NOT_A_VALUE"));
                    with.accept("in lower case", NODES.textNode(schema.path("enum").get(0).asText().toLowerCase()));
                }
                switch (schema.path("format").asText()) {
                    case "uuid" -> {
                        List.of("../../etc/passwd", "1' OR '1'='1")
                                .forEach(id -> with.accept("'" + id + "'", NODES.textNode(id)));
                        if (required) {
                            // an empty one reads as none, which only a required identifier refuses
                            with.accept("empty", NODES.textNode(""));
                        }
                    }
                    case "date" -> List.of("2026-02-30", "2026-13-45", "0000-01-01", "1899-12-31", "3000-01-01",
                                    "+999999999-12-31", "15/01/2026")
                            .forEach(date -> with.accept(date, NODES.textNode(date)));
                    case "email" -> with.accept("not an address", NODES.textNode("not an address"));
                    default -> {
                    }
                }
            }
            case "number", "integer" -> {
                with.accept("text", NODES.textNode("one"));
                with.accept("1e999999999", NODES.numberNode(new BigDecimal("1e999999999")));
                with.accept("99999999999", NODES.numberNode(99_999_999_999L));
                if (schema.has("minimum")) {
                    with.accept("below its minimum", NODES.numberNode(
                            schema.path("minimum").decimalValue().subtract(BigDecimal.ONE)));
                }
                if (schema.has("maximum")) {
                    with.accept("above its maximum", NODES.numberNode(
                            schema.path("maximum").decimalValue().add(BigDecimal.ONE)));
                }
                if (type.equals("number")) {
                    with.accept("1e-999999999", NODES.numberNode(new BigDecimal("1e-999999999")));
                } else {
                    with.accept("a fraction", NODES.numberNode(new BigDecimal("1.5")));
                }
            }
            case "boolean" -> with.accept("maybe", NODES.textNode("maybe"));
            case "array" -> {
                with.accept("text", NODES.textNode("not a list"));
                with.accept("a list of objects", NODES.arrayNode().add(NODES.objectNode().put("not", "an item")));
                if (schema.has("maxItems")) {
                    ArrayNode tooMany = NODES.arrayNode();
                    for (int i = 0; i <= schema.path("maxItems").asInt(); i++) {
                        tooMany.add(valid(schema.path("items")));
                    }
                    with.accept("too many items", tooMany);
                }
            }
            default -> with.accept("text", NODES.textNode("not an object"));
        }
    }

    /** Values no query parameter of the schema's kind can take, as they go on the wire. */
    private static List<String> hostileValues(JsonNode schema) {
        return switch (schema.path("format").asText(schema.path("type").asText())) {
            case "date" -> List.of("2026-02-30", "%2B999999999-12-31", "0000-00-00", "yesterday");
            case "date-time" -> List.of("2026-13-01T00:00:00Z", "%2B1000000000-01-01T00:00:00Z", "yesterday");
            case "uuid" -> List.of("not-a-uuid", "1'%20OR%20'1'%3D'1");
            case "int32", "integer" -> List.of("-1", "99999999999", "1e3", "x");
            default -> HOSTILE_TEXT;
        };
    }

    private JsonNode resolve(JsonNode schema) {
        String reference = schema.path("$ref").asText();
        return reference.isEmpty() ? schema : document.at(reference.substring(1));
    }
}
