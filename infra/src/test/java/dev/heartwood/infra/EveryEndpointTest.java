package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every operation of the OpenAPI document with malformed bodies and with identifiers that are unknown,
 * real or not identifiers at all: a client's mistake is answered with a problem document, never a 500.
 */
class EveryEndpointTest extends ApiTestBase {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final List<String> BAD_BODIES = List.of("", "{}", "[]", "null", "42", "\"text\"", "{not json",
            "{\"staffId\": \"not-a-uuid\", \"from\": \"2026-13-45\", \"hours\": -1, \"fte\": \"x\", \"party\": \"X\"}");

    private record Call(HttpMethod method, String path, String body) {
    }

    @Test
    void noMalformedRequestToAnyEndpointIsAnsweredWithA500() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        Map<String, String> real = Map.of("schoolId", school.schoolId().toString(),
                "staffId", school.teacherId().toString(), "cycleId", school.cycleId().toString(),
                "appraisalId", school.appraisalId().toString(), "objectiveId", school.objectiveId().toString(),
                "role", "DSL");
        JsonNode paths = admin.read(admin.get("/v3/api-docs")).path("paths");
        assertThat(paths.size()).isGreaterThan(50);

        List<Call> calls = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                HttpMethod method = HttpMethod.valueOf(methods.next().toUpperCase());
                for (String identifiers : List.of("real", "unknown", "malformed")) {
                    String concrete = withIdentifiers(path.getKey(), identifiers, real);
                    if (method == HttpMethod.GET || method == HttpMethod.DELETE) {
                        calls.add(new Call(method, concrete, null));
                    } else {
                        BAD_BODIES.forEach(body -> calls.add(new Call(method, concrete, body)));
                    }
                }
            }
        }

        for (Call call : calls) {
            ResponseEntity<String> response = admin.send(call.method(), call.path(), call.body());
            assertThat(response.getStatusCode().is5xxServerError()).as("%s", call).isFalse();
            if (response.getStatusCode().is4xxClientError()) {
                assertThat(response.getHeaders().getContentType()).as("%s", call)
                        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                assertThat(admin.read(response).path("code").asText()).as("%s", call).isNotBlank();
            }
        }
    }

    private static String withIdentifiers(String path, String identifiers, Map<String, String> real) {
        Matcher variable = PATH_VARIABLE.matcher(path);
        StringBuilder concrete = new StringBuilder();
        while (variable.find()) {
            String value = switch (identifiers) {
                case "real" -> real.getOrDefault(variable.group(1), UUID.randomUUID().toString());
                case "unknown" -> UUID.randomUUID().toString();
                default -> "not-an-id";
            };
            variable.appendReplacement(concrete, value);
        }
        variable.appendTail(concrete);
        return concrete.toString();
    }
}
