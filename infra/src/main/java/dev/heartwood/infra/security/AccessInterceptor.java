package dev.heartwood.infra.security;

import dev.heartwood.infra.web.CanonicalIdentifiers;
import dev.heartwood.infra.web.InvalidIdentifier;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Applies each endpoint's {@link Allowed} rule to the record its path names, before anything is read or sent.
 * An endpoint of Heartwood's without a rule serves no one. The decision is kept on the request: the caller (actor
 * and role) that commands are stamped with, and the record and access that responses are shaped by.
 */
@Component
class AccessInterceptor implements HandlerInterceptor {

    private static final String ACCESS = AccessInterceptor.class.getName() + ".access";
    private static final String RECORD = AccessInterceptor.class.getName() + ".record";
    private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

    private final Callers callers;
    private final AccessedRecords records;

    AccessInterceptor(Callers callers, AccessedRecords records) {
        this.callers = callers;
        this.records = records;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !method.getBeanType().getPackageName().startsWith("dev.heartwood.")) {
            return true; // the error page, the OpenAPI document: signed-in callers only, and nothing of a school's
        }
        Allowed rule = method.getMethodAnnotation(Allowed.class);
        if (rule == null) {
            throw new DomainRuleViolation(AccessErrorCode.FORBIDDEN, "This endpoint serves no one");
        }
        identifiersAreCanonical(method, request);
        SignedIn signedIn = SignedIn.of(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(() -> new IllegalStateException("the security filters let an anonymous caller through"));
        Access access = callers.accessOf(signedIn);
        request.setAttribute(ACCESS, access);
        Optional<AccessedRecord> record = recordNamedBy(request);
        if (record.isEmpty()) {
            // nothing named, or nothing known by that name: only an administrator goes on, to the handler's own
            // answer (a 404 naming what is missing, a 400 for a malformed identifier), or anyone to an endpoint
            // about themselves
            boolean aboutThemselves = Arrays.asList(rule.value()).contains(Audience.ANYONE);
            if (!access.administrator() && !aboutThemselves) {
                throw new DomainRuleViolation(rule.value().length == 0 ? AccessErrorCode.FORBIDDEN
                        : AccessErrorCode.RECORD_NOT_FOUND, "Not found, or not yours to see");
            }
            Caller.set(request, new Caller(access.actorId(), access.administrator() ? SignedIn.ADMINISTRATOR_ROLE
                    : "STAFF", Optional.empty(), Optional.empty()));
            return true;
        }
        AccessedRecord named = record.get();
        String role = AccessPolicy.roleFor(access, named, rule.value(), rule.appraisal())
                .orElseThrow(() -> AccessPolicy.knowsOf(access, named)
                        ? new DomainRuleViolation(AccessErrorCode.FORBIDDEN, "This is not yours to see or change")
                        : new DomainRuleViolation(AccessErrorCode.RECORD_NOT_FOUND, "Not found, or not yours to see"));
        request.setAttribute(RECORD, named);
        UUID actorId = access.administrator() ? access.actorId() : access.staffIdFor(named);
        Caller.set(request, new Caller(actorId, role, Optional.ofNullable(named.schoolId()),
                Optional.ofNullable(named.trustId())));
        return true;
    }

    /** The record the request's path names, if it names one the access tables know. */
    private Optional<AccessedRecord> recordNamedBy(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null) {
            return Optional.empty();
        }
        return AccessedRecords.variableIn(variables).flatMap(variable -> CanonicalIdentifiers
                .parse(variables.get(variable)).flatMap(id -> records.find(variable, id)));
    }

    /**
     * Refuses an identifier in the address that is not in canonical form before anything is decided, so that the
     * record the policy looks up and the one the handler is given are always the same.
     */
    private static void identifiersAreCanonical(HandlerMethod method, HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String[] names = PARAMETER_NAMES.getParameterNames(method.getMethod());
        for (MethodParameter parameter : method.getMethodParameters()) {
            PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
            if (path == null || parameter.getParameterType() != UUID.class || variables == null) {
                continue;
            }
            String name = !path.name().isEmpty() ? path.name() : names[parameter.getParameterIndex()];
            if (CanonicalIdentifiers.parse(variables.get(name)).isEmpty()) {
                throw new InvalidIdentifier(name);
            }
        }
    }

    static Optional<Access> accessOf(HttpServletRequest request) {
        return Optional.ofNullable((Access) request.getAttribute(ACCESS));
    }

    static Optional<AccessedRecord> recordOf(HttpServletRequest request) {
        return Optional.ofNullable((AccessedRecord) request.getAttribute(RECORD));
    }

    /** The record the request names, which must exist (an administrator's request may name one that does not). */
    static AccessedRecord existingRecordOf(HttpServletRequest request) {
        return recordOf(request).orElseThrow(() -> new DomainRuleViolation(AccessErrorCode.RECORD_NOT_FOUND,
                "Nothing is known by that identifier"));
    }
}
