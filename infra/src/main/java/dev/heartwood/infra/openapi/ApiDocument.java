package dev.heartwood.infra.openapi;

import dev.heartwood.reporting.api.ReportPage;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The OpenAPI document at {@code /v3/api-docs} (OpenAPI 3.0), which clients are generated from and the contract tests
 * hold every answer to: what each operation answers ({@link OperationAnswers}), which fields may be null
 * ({@link NullableFields}), reports as CSV, the resources in a reader's order, and the problem document.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PROBLEM_SCHEMA = "Problem";
    private static final String FIELD_ERROR_SCHEMA = "FieldError";
    static final String PROBLEM = SCHEMAS + PROBLEM_SCHEMA;

    @Bean
    OpenAPI heartwoodApi() {
        return new OpenAPI().info(new Info()
                .title("Heartwood")
                .version("1")
                .description("Staff appraisal and professional learning for schools and trusts. Every change is "
                        + "recorded as an event and nothing is overwritten. Identifiers of new things are chosen by "
                        + "the client, so a retried request creates nothing twice. Every refusal is an RFC 9457 "
                        + "problem document with a stable `code`, listed with each operation.")
                .license(new License().name("MIT").url("https://opensource.org/license/mit")))
                // wherever it is reached, rather than the address it was generated at
                .servers(List.of(new Server().url("/").description("This instance of Heartwood")));
    }

    @Bean
    OperationAnswers operationAnswers() {
        return new OperationAnswers();
    }

    @Bean
    NullableFields nullableFields() {
        return new NullableFields();
    }

    @Bean
    OpenApiCustomizer resourcesProblemsAndCsv(OperationAnswers operationAnswers, NullableFields nullableFields) {
        return openApi -> {
            openApi.setTags(Arrays.stream(ApiResource.values())
                    .map(resource -> new Tag().name(resource.tag()).description(resource.description()))
                    .toList());
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problem()).addSchemas(FIELD_ERROR_SCHEMA, fieldError());
            operationAnswers.refusalsOfTheirResources(openApi);
            operations(openApi).forEach(operation -> {
                operation.setResponses(inOrder(operation.getResponses()));
                operation.getResponses().values().stream()
                        .filter(response -> response.getContent() != null)
                        .forEach(response -> csvAsText(response.getContent()));
            });
            nullableFields.complete(openApi);
        };
    }

    static Stream<Operation> operations(OpenAPI openApi) {
        return openApi.getPaths() == null ? Stream.empty()
                : openApi.getPaths().values().stream().map(PathItem::readOperations).flatMap(List::stream);
    }

    private static ApiResponses inOrder(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        responses.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(response -> sorted.addApiResponse(response.getKey(), response.getValue()));
        return sorted;
    }

    /** A report in CSV is text, its header line naming the columns, not the JSON page's schema. */
    private static void csvAsText(Content content) {
        content.computeIfPresent(ReportPage.CSV, (type, csv) -> csv.schema(new StringSchema()
                .description("The rows as CSV (RFC 4180) with a header line naming the columns as the JSON rows "
                        + "name their fields; cells a spreadsheet would take for a formula are neutralised. Sent "
                        + "as an attachment, with its freshness in the X-Last-Event-Index and X-Events-Behind "
                        + "headers")));
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("An RFC 9457 problem document with Heartwood's stable code")
                .addProperty("type", new StringSchema().format("uri")
                        .description("`urn:heartwood:problem:` and the code"))
                .addProperty("title", new StringSchema().description("The status's name"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What went wrong, for a person to read"))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("The address the request was sent to"))
                .addProperty("code", new StringSchema().pattern("^[a-z0-9]+(-[a-z0-9]+)*$")
                        .description("Stable and permanent: what a client decides on"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(SCHEMAS + FIELD_ERROR_SCHEMA))
                        .description("With `invalid-input`: each field or parameter that failed"))
                .required(List.of("type", "title", "status", "code"));
    }

    private static Schema<?> fieldError() {
        return new ObjectSchema()
                .description("A field of the body (by its JSON path) or a parameter that cannot be accepted")
                .addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema().description("What was expected"))
                .required(List.of("field", "message"));
    }
}
