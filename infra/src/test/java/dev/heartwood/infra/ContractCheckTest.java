package dev.heartwood.infra;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract check fails a test whose exchange the document does not describe: shown on answers the application
 * never gives, put in its place.
 */
class ContractCheckTest extends ApiTestBase {

    private static final String SCHOOLS = "/api/schools";
    private static final String A_SCHOOL = "{\"schoolId\": \"" + UUID.randomUUID() + "\", \"name\": \"Elmside\", "
            + "\"type\": \"ACADEMY\"}";

    private void exchange(boolean hostile, HttpMethod method, String path, String body, HttpStatus status,
                          String answer) throws Exception {
        MockClientHttpRequest request = new MockClientHttpRequest(method, URI.create("http://localhost:" + port + path));
        request.getHeaders().setBearerAuth(TestIssuer.tokenFor(TestIssuer.ADMINISTRATOR));
        request.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        MockClientHttpResponse response = new MockClientHttpResponse(answer.getBytes(StandardCharsets.UTF_8), status);
        if (!answer.isEmpty()) {
            response.getHeaders().setContentType(status.isError() ? MediaType.APPLICATION_PROBLEM_JSON
                    : MediaType.APPLICATION_JSON);
        }
        if (status == HttpStatus.CREATED) {
            response.getHeaders().setLocation(URI.create("http://localhost/api/schools/x"));
        }
        ClientHttpRequestExecution application = (sent, sentBody) -> response;
        new ContractCheck(port, headers -> { }, hostile)
                .intercept(request, body.getBytes(StandardCharsets.UTF_8), application);
    }

    private static String problem(int status, String code) {
        return "{\"type\": \"urn:heartwood:problem:" + code + "\", \"title\": \"Refused\", \"status\": " + status
                + ", \"code\": \"" + code + "\"}";
    }

    @Test
    void letsThroughAnExchangeTheDocumentDescribes() {
        assertThatCode(() -> exchange(false, HttpMethod.POST, SCHOOLS, A_SCHOOL, HttpStatus.CREATED, ""))
                .doesNotThrowAnyException();
        assertThatCode(() -> exchange(false, HttpMethod.POST, SCHOOLS, A_SCHOOL, HttpStatus.CONFLICT,
                problem(409, "already-exists"))).doesNotThrowAnyException();
    }

    @Test
    void failsAnAnswerWithAStatusOrABodyTheDocumentDoesNotDescribe() {
        assertThatThrownBy(() -> exchange(false, HttpMethod.POST, SCHOOLS, A_SCHOOL, HttpStatus.OK, "{}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("validation.response.status.unknown");
        assertThatThrownBy(() -> exchange(false, HttpMethod.POST, SCHOOLS, A_SCHOOL, HttpStatus.CONFLICT,
                problem(409, "cpd-activity-already-decided")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("cpd-activity-already-decided");
        assertThatThrownBy(() -> exchange(false, HttpMethod.GET, "/api/staff/" + UUID.randomUUID(), "",
                HttpStatus.OK, "{\"staffId\": null}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("/staffId");
    }

    @Test
    void failsARequestTheDocumentRefusesThatTheApplicationAccepts() {
        assertThatThrownBy(() -> exchange(false, HttpMethod.POST, SCHOOLS, "{\"name\": \"Elmside\"}",
                HttpStatus.CREATED, ""))
                .isInstanceOf(AssertionError.class).hasMessageContaining("validation.request.body");
        assertThatCode(() -> exchange(false, HttpMethod.POST, SCHOOLS, "{\"name\": \"Elmside\"}",
                HttpStatus.BAD_REQUEST, problem(400, "invalid-input"))).doesNotThrowAnyException();
    }

    @Test
    void letsAHostileClientBreakTheDocumentInItsRequestsButNeverInTheAnswers() {
        assertThatCode(() -> exchange(true, HttpMethod.POST, SCHOOLS, "{\"name\": \"Elmside\"}",
                HttpStatus.FORBIDDEN, problem(403, "forbidden"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> exchange(true, HttpMethod.POST, SCHOOLS, "{\"name\": \"Elmside\"}",
                HttpStatus.INTERNAL_SERVER_ERROR, problem(500, "internal-error")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("validation.response.status.unknown");
    }

    @Test
    void holdsAnAddressTheDocumentDoesNotHaveToAnsweringWithAProblem() {
        assertThatCode(() -> exchange(false, HttpMethod.GET, "/api/nothing-here", "", HttpStatus.NOT_FOUND,
                problem(404, "not-found"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> exchange(false, HttpMethod.GET, "/api/nothing-here", "", HttpStatus.OK, "{}"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("the document does not have");
    }
}
