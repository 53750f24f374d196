package dev.heartwood.infra.security;

import dev.heartwood.infra.openapi.ProblemResponses;
import dev.heartwood.infra.web.WebProblem;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

/**
 * Tells readers of the OpenAPI document (and Swagger UI's Authorize button) how to sign in, in the one way this
 * instance takes, and what its access rules answer: 401 to a caller not signed in, 429 to a local sign-in that has
 * failed too often, 403 and 404 as {@link AccessInterceptor} decides from each endpoint's {@link Allowed} rule.
 */
@Configuration(proxyBeanMethods = false)
class SignInDocumentation {

    /** One scheme, whichever way this instance takes: a bearer token, or the local mode's HTTP Basic. */
    private static final String SCHEME = "signIn";
    @Bean
    OpenApiCustomizer signInScheme(SecurityProperties properties) {
        SecurityScheme scheme = properties.singleSignOn()
                ? new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Single sign-on: a token from " + properties.oidc().issuer())
                : new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("Local mode: a configured user name, or a member of staff's e-mail address, "
                                + "and its password");
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().setSecuritySchemes(new LinkedHashMap<>());
            openApi.getComponents().addSecuritySchemes(SCHEME, scheme);
            openApi.setSecurity(new ArrayList<>(List.of(new SecurityRequirement().addList(SCHEME))));
        };
    }

    @Bean
    OperationCustomizer accessAnswers(SecurityProperties properties) {
        return (operation, handler) -> {
            ProblemResponses.add(operation, HttpStatus.UNAUTHORIZED, List.of(WebProblem.UNAUTHENTICATED.code()));
            operation.getResponses().get(String.valueOf(HttpStatus.UNAUTHORIZED.value()))
                    .addHeaderObject("WWW-Authenticate", new Header().schema(new StringSchema())
                            .description("How to sign in: " + (properties.singleSignOn() ? "Bearer" : "Basic")));
            if (!properties.singleSignOn()) {
                ProblemResponses.add(operation, HttpStatus.TOO_MANY_REQUESTS,
                        List.of(WebProblem.TOO_MANY_SIGN_IN_ATTEMPTS.code()));
            }
            Allowed rule = handler.getMethodAnnotation(Allowed.class);
            List<Audience> audiences = rule == null ? List.of() : Arrays.asList(rule.value());
            boolean aboutTheCaller = audiences.contains(Audience.ANYONE);
            List<String> forbidden = new ArrayList<>(List.of(AccessErrorCode.UNKNOWN_PERSON.code()));
            if (!aboutTheCaller) {
                forbidden.add(AccessErrorCode.FORBIDDEN.code());
            }
            ProblemResponses.add(operation, HttpStatus.FORBIDDEN, forbidden);
            if (namesARecord(handler) || (!audiences.isEmpty() && !aboutTheCaller)) {
                ProblemResponses.add(operation, HttpStatus.NOT_FOUND, List.of(AccessErrorCode.RECORD_NOT_FOUND.code()));
            }
            return operation;
        };
    }

    /** Whether the path names a record by its identifier, which the access rules look up. */
    private static boolean namesARecord(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.hasParameterAnnotation(PathVariable.class)
                        && parameter.getParameterType() == UUID.class);
    }
}
