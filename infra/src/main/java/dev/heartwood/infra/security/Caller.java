package dev.heartwood.infra.security;

import dev.heartwood.infra.web.CorrelationIdFilter;
import dev.heartwood.kernel.MetadataKeys;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling, as the rest of the application needs to know it: the actor recorded on every message (the
 * member of staff, or the administrator), the role the access policy admitted them in, and the school or trust of
 * the record they act on.
 */
public record Caller(UUID actorId, String role, Optional<UUID> schoolId, Optional<UUID> trustId) {

    private static final String ATTRIBUTE = Caller.class.getName();

    /** The caller of the current request, once the access policy has admitted them. */
    public static Optional<Caller> current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? Optional.empty()
                : Optional.ofNullable((Caller) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    static void set(HttpServletRequest request, Caller caller) {
        request.setAttribute(ATTRIBUTE, caller);
    }

    /** The metadata every command sent on the caller's behalf carries, with the request's correlation id. */
    public Map<String, Object> metadata() {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(MetadataKeys.ACTOR_ID, actorId.toString());
        metadata.put(MetadataKeys.ACTOR_ROLE, role);
        schoolId.ifPresent(school -> metadata.put(MetadataKeys.SCHOOL_ID, school.toString()));
        trustId.ifPresent(trust -> metadata.put(MetadataKeys.TRUST_ID, trust.toString()));
        CorrelationIdFilter.current().ifPresent(correlationId -> {
            metadata.put(MetadataKeys.CORRELATION_ID, correlationId);
            metadata.put(MetadataKeys.CAUSATION_ID, correlationId);
        });
        return metadata;
    }
}
