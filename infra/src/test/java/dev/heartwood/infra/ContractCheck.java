package dev.heartwood.infra;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Holds every exchange of the HTTP tests to the OpenAPI document the application serves, so that the document cannot
 * drift from what the application does. Every answer to a request under {@code /api} must be one the document
 * describes for that operation (status, media type, body schema, headers), or a problem document when no operation
 * is there. Every request must be one the document allows, unless the application refused it as the document would
 * (400 malformed or invalid, 401 not signed in, 413 too large, 415 of the wrong type) or the client was made to
 * break the document on purpose ({@link Api#hostile()}), as the hostile-input tests do: their answers are held to the
 * document all the same.
 */
final class ContractCheck implements ClientHttpRequestInterceptor {

    /** The statuses with which the application agrees that a request breaks the document. */
    private static final Set<Integer> REFUSED_AS_MALFORMED = Set.of(400, 401, 413, 415);
    /** The document of each running application, by port: read once, with an administrator's sign-in. */
    private static final Map<Integer, OpenApiInteractionValidator> DOCUMENTS = new ConcurrentHashMap<>();

    private final int port;
    private final Consumer<HttpHeaders> signIn;
    private final boolean requestsMayBreakTheDocument;

    ContractCheck(int port, Consumer<HttpHeaders> signIn, boolean requestsMayBreakTheDocument) {
        this.port = port;
        this.signIn = signIn;
        this.requestsMayBreakTheDocument = requestsMayBreakTheDocument;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        ClientHttpResponse response = execution.execute(request, body);
        if (request.getURI().getRawPath().startsWith("/api/")) {
            check(request, body, response);
        }
        return response;
    }

    private void check(HttpRequest request, byte[] body, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        // read through the buffering request factory, so the test reads the same body again
        String answer = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
        ValidationReport report = document().validate(requestOf(request, body), responseOf(response, answer));
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .toList();
        if (errors.stream().anyMatch(ContractCheck::noSuchOperation)) {
            // an address or method the document does not have: the answer is a problem all the same
            if (status < 400 || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(
                    response.getHeaders().getContentType())) {
                throw broken(request, status, answer, List.of("an operation the document does not have answered "
                        + status + " " + response.getHeaders().getContentType()));
            }
            return;
        }
        boolean requestMayBreakIt = requestsMayBreakTheDocument || REFUSED_AS_MALFORMED.contains(status);
        List<String> broken = errors.stream()
                .filter(message -> !(requestMayBreakIt && message.getKey().startsWith("validation.request.")))
                .map(message -> message.getKey() + ": " + message.getMessage())
                .toList();
        if (!broken.isEmpty()) {
            throw broken(request, status, answer, broken);
        }
    }

    private static boolean noSuchOperation(ValidationReport.Message message) {
        return message.getKey().equals("validation.request.path.missing")
                || message.getKey().equals("validation.request.operation.notAllowed");
    }

    private static AssertionError broken(HttpRequest request, int status, String answer, List<String> broken) {
        return new AssertionError("The exchange breaks the OpenAPI document: " + request.getMethod() + " "
                + request.getURI().getRawPath() + " -> " + status + "\n  " + String.join("\n  ", broken)
                + "\n  answer: " + (answer.length() > 2000 ? answer.substring(0, 2000) + "..." : answer));
    }

    private static SimpleRequest requestOf(HttpRequest request, byte[] body) {
        URI uri = request.getURI();
        SimpleRequest.Builder built = new SimpleRequest.Builder(request.getMethod().name(), uri.getRawPath());
        request.getHeaders().forEach(built::withHeader);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                built.withQueryParam(decoded(equals < 0 ? pair : pair.substring(0, equals)),
                        equals < 0 ? "" : decoded(pair.substring(equals + 1)));
            }
        }
        if (body.length > 0) {
            built.withBody(body);
        }
        return built.build();
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return text;
        }
    }

    private static SimpleResponse responseOf(ClientHttpResponse response, String answer) throws IOException {
        SimpleResponse.Builder built = SimpleResponse.Builder.status(response.getStatusCode().value());
        response.getHeaders().forEach(built::withHeader);
        if (!answer.isEmpty()) {
            built.withBody(answer);
        }
        return built.build();
    }

    private OpenApiInteractionValidator document() {
        return DOCUMENTS.computeIfAbsent(port, any -> OpenApiInteractionValidator
                .createForInlineApiSpecification(documentOf(port, signIn))
                // a problem's schema is the problem document and its codes (allOf): read as one schema
                .withResolveCombinators(true)
                // what a client asks for is the application's to refuse (406), and that answer is held to the document
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }

    /** The document, read as an administrator: the test issuer's, or else the client's own sign-in. */
    private static String documentOf(int port, Consumer<HttpHeaders> signIn) {
        RestClient http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory())
                .defaultStatusHandler(status -> true, (request, response) -> {
                    // a refusal is tried with the next sign-in
                })
                .build();
        for (Consumer<HttpHeaders> administrator : List.<Consumer<HttpHeaders>>of(
                headers -> headers.setBearerAuth(TestIssuer.tokenFor(TestIssuer.ADMINISTRATOR)), signIn)) {
            ResponseEntity<String> document = http.get().uri("/v3/api-docs").headers(administrator).retrieve()
                    .toEntity(String.class);
            if (document.getStatusCode().is2xxSuccessful()) {
                return document.getBody();
            }
        }
        throw new AssertionError("The OpenAPI document of the application on port " + port + " cannot be read: "
                + "sign in as an administrator first");
    }
}
