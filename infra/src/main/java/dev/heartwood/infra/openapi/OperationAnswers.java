package dev.heartwood.infra.openapi;

import dev.heartwood.infra.web.WebProblem;
import dev.heartwood.kernel.ErrorCode;
import dev.heartwood.reporting.api.ReportPage;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What every operation answers, derived from its handler so that a new endpoint is described truly without a word
 * of its own: a body-less answer is 204 ({@code @ResponseStatus} says 201, with the new thing's address, or 202), a
 * body 200 (a report in CSV too); then the problems its input, its resource's rules and the database can cause. The
 * access rules' answers (401, 403, 404, 429) are the security package's to describe. The refusals of an operation's
 * input and resource are added once every operation has its parameters and resource
 * ({@link #refusalsOfTheirResources}), as the reporting module describes parameters it binds itself, the security
 * package tags the operations of its own controllers, and customizers run in no set order.
 */
class OperationAnswers implements OperationCustomizer {

    private static final Set<String> JSON = Set.of(org.springframework.http.MediaType.APPLICATION_JSON_VALUE);
    /** The handler's class, kept on the operation until its refusals are added. */
    private static final String HANDLER = "x-heartwood-handler";

    private final Refusals refusals = new Refusals();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        HttpStatus success = answerOnSuccess(operation, handler);
        if (operation.getRequestBody() != null) {
            if (JSON.containsAll(operation.getRequestBody().getContent().keySet())) {
                ProblemResponses.add(operation, WebProblem.MALFORMED_JSON);
            }
            ProblemResponses.add(operation, WebProblem.PAYLOAD_TOO_LARGE, WebProblem.UNSUPPORTED_MEDIA_TYPE);
        }
        if (!Arrays.asList(mappingOf(handler).method()).contains(RequestMethod.GET)) {
            ProblemResponses.add(operation, WebProblem.CONCURRENT_CHANGE);
            if (success == HttpStatus.CREATED) {
                ProblemResponses.add(operation, WebProblem.ALREADY_EXISTS);
            }
        }
        ProblemResponses.add(operation, WebProblem.DATABASE_UNAVAILABLE);
        operation.addExtension(HANDLER, handler.getBeanType().getName());
        return operation;
    }

    /**
     * Adds to each operation the refusals of its handler's package, and of its resource: what is not found, to one
     * that names something; what is forbidden and what conflicts, to a command.
     */
    void refusalsOfTheirResources(OpenAPI openApi) {
        openApi.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
            Object handler = operation.getExtensions() == null ? null : operation.getExtensions().remove(HANDLER);
            if (handler == null) {
                return;
            }
            if (operation.getExtensions().isEmpty()) {
                operation.setExtensions(null);
            }
            Map<ErrorCode.Category, SortedSet<String>> own = refusals.declaredBeside(
                    ClassUtils.resolveClassName((String) handler, OperationAnswers.class.getClassLoader()));
            Map<ErrorCode.Category, SortedSet<String>> resource = Refusals.of(resourcesOf(operation));
            // here, once every customizer has added the parameters it describes
            if (hasInput(operation)) {
                ProblemResponses.add(operation, WebProblem.INVALID_INPUT, WebProblem.MALFORMED_REQUEST);
                add(operation, own, ErrorCode.Category.NOT_FOUND);
                add(operation, resource, ErrorCode.Category.NOT_FOUND);
            }
            add(operation, own, ErrorCode.Category.FORBIDDEN);
            add(operation, own, ErrorCode.Category.CONFLICT);
            if (method != PathItem.HttpMethod.GET) {
                add(operation, resource, ErrorCode.Category.FORBIDDEN);
                add(operation, resource, ErrorCode.Category.CONFLICT);
            }
        }));
    }

    private static boolean hasInput(Operation operation) {
        return operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    }

    private static void add(Operation operation, Map<ErrorCode.Category, SortedSet<String>> refused,
                            ErrorCode.Category category) {
        ProblemResponses.add(operation, WebProblem.statusOf(category), refused.getOrDefault(category, new TreeSet<>()));
    }

    /** The resources the operation is tagged with: its controller's {@code @Tag}, or what a customizer set. */
    private static List<ApiResource> resourcesOf(Operation operation) {
        return operation.getTags() == null ? List.of() : operation.getTags().stream()
                .flatMap(tag -> ApiResource.tagged(tag).stream())
                .toList();
    }

    private static RequestMapping mappingOf(HandlerMethod handler) {
        return AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
    }
    /** Describes the answer when all goes well, and returns its status. */
    private static HttpStatus answerOnSuccess(Operation operation, HandlerMethod handler) {
        ResolvableType returned = ResolvableType.forMethodReturnType(handler.getMethod());
        if (ResponseEntity.class.equals(returned.resolve())) {
            returned = returned.getGeneric(0);
        }
        Class<?> body = returned.resolve(Object.class);
        ApiResponses responses = operation.getResponses();
        if (body == Void.class || body == void.class) {
            ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
                    ResponseStatus.class);
            HttpStatus status = declared == null ? HttpStatus.NO_CONTENT : declared.code();
            responses.keySet().removeIf(code -> code.startsWith("2"));
            responses.addApiResponse(String.valueOf(status.value()), bodyless(status));
            return status;
        }
        if (ReportPage.class.isAssignableFrom(body)) {
            responses.get("200").getContent().addMediaType(ReportPage.CSV, new MediaType());
        }
        return HttpStatus.OK;
    }

    private static ApiResponse bodyless(HttpStatus status) {
        return switch (status) {
            case CREATED -> new ApiResponse().description("Created; nothing was there before under its identifier")
                    .addHeaderObject(HttpHeaders.LOCATION, new Header().required(true)
                            .description("The address of what was created")
                            .schema(new StringSchema().format("uri")));
            case ACCEPTED -> new ApiResponse().description("Accepted: it goes on in the background");
            case NO_CONTENT -> new ApiResponse().description("Done; nothing to answer");
            default -> new ApiResponse().description(status.getReasonPhrase());
        };
    }
}
