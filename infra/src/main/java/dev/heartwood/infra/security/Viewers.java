package dev.heartwood.infra.security;

import dev.heartwood.infra.security.AccessedRecord.Kind;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Permissions;
import dev.heartwood.kernel.web.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.Optional;
import java.util.UUID;

/**
 * The access policy as the pages see it: who is looking ({@link Viewer}, a parameter any page controller may take)
 * and whether they would be admitted to an endpoint for a record ({@link Permissions}), both for the request the
 * {@link AccessInterceptor} has already admitted.
 */
@Component
class Viewers implements HandlerMethodArgumentResolver, Permissions {

    private final AccessedRecords records;

    Viewers(AccessedRecords records) {
        this.records = records;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Viewer.class;
    }

    @Override
    public Viewer resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binders) {
        Access access = admitted(request.getNativeRequest(HttpServletRequest.class));
        return new Viewer(access.actorId(), access.administrator(),
                access.selves().stream().map(self -> new Viewer.StaffRecord(self.staffId(), self.schoolId(),
                        self.trustId(), self.category())).toList(),
                access.grants().stream().map(grant -> new Viewer.Grant(grant.role().name(), grant.schoolId(),
                        grant.trustId())).toList());
    }

    @Override
    public boolean allows(UUID recordId, Audience... audiences) {
        return admits(recordId, false, audiences);
    }

    @Override
    public boolean allowsAppraisal(UUID recordId, Audience... audiences) {
        return admits(recordId, true, audiences);
    }

    private boolean admits(UUID recordId, boolean showsAppraisal, Audience... audiences) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        Access access = admitted(request);
        Optional<AccessedRecord> record = records.find(AccessedRecords.HISTORY_VARIABLE, recordId);
        return record.isPresent() && AccessPolicy.roleFor(access, record.get(), audiences,
                showsAppraisal || record.get().kind() == Kind.APPRAISAL).isPresent();
    }

    private static Access admitted(HttpServletRequest request) {
        return AccessInterceptor.accessOf(request).orElseThrow(() -> new IllegalStateException(
                "Only a request the access policy has admitted has a viewer"));
    }
}
