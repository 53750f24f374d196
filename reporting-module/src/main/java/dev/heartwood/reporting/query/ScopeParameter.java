package dev.heartwood.reporting.query;

import dev.heartwood.reporting.api.ReportScope;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;
import java.util.UUID;

/**
 * Reads an endpoint's {@link ReportScope} from the school or trust its address names ({@code schoolId} or
 * {@code trustId}), once the directory knows it: {@code school-not-found} or {@code trust-not-found} (a 404) when it
 * does not, the same on every endpoint. The scope is an endpoint's last parameter, read after the others, so that a
 * malformed page, sort or status is refused (a 400) whether or not the school is known.
 */
class ScopeParameter implements HandlerMethodArgumentResolver {

    static final String SCHOOL = "schoolId";
    static final String TRUST = "trustId";

    private final Answers answers;

    ScopeParameter(Answers answers) {
        this.answers = answers;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ReportScope.class;
    }

    @Override
    public ReportScope resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                       NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
        if (parameter.getParameterIndex() != parameter.getExecutable().getParameterCount() - 1) {
            throw new IllegalStateException(parameter.getExecutable() + " reads its scope before its other "
                    + "parameters; declare it last");
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (variables != null && variables.containsKey(SCHOOL)) {
            return answers.known(ReportScope.school(identifier(SCHOOL, variables, parameter, request, binders)));
        }
        if (variables != null && variables.containsKey(TRUST)) {
            return answers.known(ReportScope.trust(identifier(TRUST, variables, parameter, request, binders)));
        }
        throw new IllegalStateException(parameter.getExecutable() + " takes a scope but its address names no school "
                + "or trust");
    }

    /** Read as any identifier in an address is, so that a malformed one is refused in the same words. */
    private static UUID identifier(String name, Map<String, String> variables, MethodParameter parameter,
                                   NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
        String text = variables.get(name);
        try {
            return binders.createBinder(request, null, name).convertIfNecessary(text, UUID.class, parameter);
        } catch (TypeMismatchException malformed) {
            throw new MethodArgumentTypeMismatchException(text, UUID.class, name, parameter, malformed.getCause());
        }
    }
}
