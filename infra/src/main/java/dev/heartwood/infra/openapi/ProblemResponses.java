package dev.heartwood.infra.openapi;

import dev.heartwood.infra.web.WebProblem;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * An operation's problem answers in the OpenAPI document: for each status, an RFC 9457 problem document
 * ({@link ApiDocument#PROBLEM}) whose {@code code} is one of those listed, so that a client can tell every refusal
 * apart and a contract test can hold the application to the list.
 */
public final class ProblemResponses {

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private ProblemResponses() {
    }

    /** Adds the web edge's own problems to those the operation may answer with. */
    public static void add(Operation operation, WebProblem... problems) {
        for (WebProblem problem : problems) {
            add(operation, problem.status(), List.of(problem.code()));
        }
    }

    /** Adds codes to those the operation may answer with, with the status; none adds nothing. */
    public static void add(Operation operation, HttpStatus status, Collection<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponse response = operation.getResponses()
                .computeIfAbsent(String.valueOf(status.value()), missing -> answer(status));
        Schema<?> code = codeOf(response);
        TreeSet<String> listed = new TreeSet<>(code.getEnum() == null ? List.of() : code.getEnum().stream()
                .map(String::valueOf).toList());
        listed.addAll(codes);
        ((StringSchema) code).setEnum(List.copyOf(listed));
    }

    private static ApiResponse answer(HttpStatus status) {
        Schema<?> problem = new ComposedSchema()
                .addAllOfItem(new Schema<>().$ref(ApiDocument.PROBLEM))
                .addAllOfItem(new ObjectSchema().addProperty("code", new StringSchema()));
        ApiResponse answer = new ApiResponse().description(descriptionOf(status))
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problem)));
        if (status == HttpStatus.SERVICE_UNAVAILABLE || status == HttpStatus.TOO_MANY_REQUESTS) {
            answer.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header()
                    .description("Seconds to wait before trying again")
                    .schema(new IntegerSchema()));
        }
        return answer;
    }

    @SuppressWarnings("rawtypes")
    private static Schema<?> codeOf(ApiResponse response) {
        Schema<?> problem = response.getContent().get(PROBLEM_JSON).getSchema();
        Schema refinement = problem.getAllOf().get(1);
        return (Schema<?>) refinement.getProperties().get("code");
    }

    private static String descriptionOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed, or fields or parameters are invalid: `errors` names each";
            case UNAUTHORIZED -> "Not signed in: no credentials, or credentials that are not accepted";
            case FORBIDDEN -> "Signed in, but not allowed to do this";
            case NOT_FOUND -> "Nothing the caller may know of has an identifier the request names";
            case CONFLICT -> "Refused by a rule of the record as it stands, or by a change made at the same moment";
            case PAYLOAD_TOO_LARGE -> "The body is larger than allowed; it was not read";
            case UNSUPPORTED_MEDIA_TYPE -> "The body is not of a type this operation takes";
            case TOO_MANY_REQUESTS -> "Too many failed sign-ins: the attempt was not checked";
            case SERVICE_UNAVAILABLE -> "The database cannot be reached or did not answer in time: retry shortly";
            default -> status.getReasonPhrase();
        };
    }
}
