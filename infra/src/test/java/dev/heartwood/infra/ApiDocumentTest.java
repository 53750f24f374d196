package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the OpenAPI document says of the API as a whole. That each answer matches it is {@link ContractCheck}'s to hold,
 * on every exchange of every HTTP test; this test shows what a reader of the document learns before sending anything.
 */
class ApiDocumentTest extends ApiTestBase {

    private JsonNode document;

    @BeforeEach
    void read() {
        document = admin.read(admin.get("/v3/api-docs"));
    }

    @Test
    void isOpenApi30UnderAnOpenLicenceAndSignsInTheOneWayThisInstanceTakes() {
        assertThat(document.path("openapi").asText()).startsWith("3.0.");
        assertThat(document.path("info").path("license").path("name").asText()).isEqualTo("MIT");
        assertThat(document.path("components").path("securitySchemes").properties()).singleElement()
                .satisfies(scheme -> {
                    assertThat(scheme.getKey()).isEqualTo("signIn");
                    assertThat(scheme.getValue().path("scheme").asText()).isEqualTo("bearer");
                    assertThat(scheme.getValue().path("bearerFormat").asText()).isEqualTo("JWT");
                });
        assertThat(document.path("security").get(0).has("signIn")).isTrue();
    }

    @Test
    void groupsEveryOperationUnderOneResourceInAReadersOrder() {
        List<String> resources = new ArrayList<>();
        document.path("tags").forEach(tag -> {
            resources.add(tag.path("name").asText());
            assertThat(tag.path("description").asText()).isNotBlank();
        });

        assertThat(resources).containsExactly("Directory", "Appraisals", "Learning", "Training", "Reports", "History",
                "Access", "Administration");
        operations().forEach(operation -> assertThat(operation.path("tags")).as(operation.path("summary").asText())
                .singleElement().satisfies(tag -> assertThat(resources).contains(tag.asText())));
        assertThat(document.path("paths").has("/error")).isFalse();
    }

    @Test
    void answersACreationWith201AndItsAddressACommandWith204AndARebuildWith202() {
        JsonNode created = operation("post", "/api/schools").path("responses");
        assertThat(created.has("201")).isTrue();
        assertThat(created.path("201").path("headers").path("Location").path("required").asBoolean()).isTrue();
        assertThat(created.has("200")).isFalse();
        assertThat(operation("put", "/api/staff/{staffId}/fte").path("responses").has("204")).isTrue();
        assertThat(operation("post", "/api/appraisals/{appraisalId}/sign-offs").path("responses").has("204"))
                .isTrue();
        assertThat(operation("post", "/api/admin/processors/{name}/replay").path("responses").has("202")).isTrue();
        assertThat(operation("get", "/api/schools/{schoolId}").path("responses").path("200").path("content")
                .has("application/json")).isTrue();
    }

    @Test
    void listsEveryProblemAnOperationCanAnswerWithItsCodes() {
        JsonNode signOff = operation("post", "/api/appraisals/{appraisalId}/sign-offs").path("responses");

        assertThat(codes(signOff, "400")).contains("invalid-input", "malformed-json", "malformed-request");
        assertThat(codes(signOff, "401")).containsExactly("unauthenticated");
        assertThat(codes(signOff, "403")).contains("forbidden", "unknown-person", "not-that-party");
        assertThat(codes(signOff, "404")).contains("record-not-found", "appraisal-not-found");
        assertThat(codes(signOff, "409")).contains("sign-off-needs-issued-report", "concurrent-change")
                .doesNotContain("already-exists", "cpd-activity-already-decided");
        assertThat(codes(signOff, "413")).containsExactly("payload-too-large");
        assertThat(codes(signOff, "415")).containsExactly("unsupported-media-type");
        assertThat(codes(signOff, "503")).containsExactly("database-unavailable");
        assertThat(signOff.path("503").path("headers").has("Retry-After")).isTrue();
        assertThat(signOff.has("429")).as("throttled in the local mode only").isFalse();
        assertThat(codes(operation("post", "/api/schools").path("responses"), "409")).contains("already-exists");
        JsonNode read = operation("get", "/api/schools/{schoolId}").path("responses");
        assertThat(read.has("409")).isFalse();
        assertThat(codes(read, "404")).contains("school-not-found");
        assertThat(document.at("/components/schemas/Problem/required").toString()).contains("code");
    }

    @Test
    void describesReportsInCsvAsTextAndFieldsThatMayBeNullAsNullable() {
        JsonNode csv = operation("get", "/api/schools/{schoolId}/reports/appraisal-completion")
                .at("/responses/200/content/text~1csv/schema");
        assertThat(csv.path("type").asText()).isEqualTo("string");
        assertThat(operation("get", "/api/schools/{schoolId}/reports/cpd").at("/responses/200/content")
                .has("text/csv")).isTrue();
        assertThat(document.at("/components/schemas/StaffMemberView/properties/leftOn/nullable").asBoolean())
                .isTrue();
        assertThat(document.at("/components/schemas/StaffMemberView/properties/staffId/nullable").asBoolean())
                .isFalse();
        assertThat(document.at("/components/schemas/RegisterSchoolRequest/properties/trustId/nullable").asBoolean())
                .as("left out or null alike").isTrue();
    }

    @Test
    void passesTheRedoclyLintWithNoWarnings() throws IOException, InterruptedException {
        Path written = Path.of("target", "openapi", "heartwood.json");
        Files.createDirectories(written.getParent());
        Files.writeString(written, admin.get("/v3/api-docs").getBody());

        RedoclyLint.Findings lint = RedoclyLint.of(written);

        assertThat(lint.problems()).isEmpty();
        assertThat(lint.errors() + lint.warnings()).isZero();
    }

    private List<JsonNode> operations() {
        List<JsonNode> operations = new ArrayList<>();
        document.path("paths").forEach(path -> path.forEach(operations::add));
        return operations;
    }

    private JsonNode operation(String method, String path) {
        JsonNode operation = document.path("paths").path(path).path(method);
        assertThat(operation.isMissingNode()).as(method + " " + path).isFalse();
        return operation;
    }

    private static List<String> codes(JsonNode responses, String status) {
        List<String> codes = new ArrayList<>();
        responses.path(status).at("/content/application~1problem+json/schema/allOf/1/properties/code/enum")
                .forEach(code -> codes.add(code.asText()));
        return codes;
    }
}
