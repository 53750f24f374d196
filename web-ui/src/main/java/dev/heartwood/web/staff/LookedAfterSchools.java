package dev.heartwood.web.staff;

import dev.heartwood.appraisal.api.AccessRole;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Permissions;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.SchoolQuery;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.reporting.api.TrustSchoolsQuery;
import dev.heartwood.web.Queries;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The schools whose staff a reader looks after, as leader or HR: their own school when they lead it or are its HR,
 * and every school of a trust they lead or are HR for. The access policy decides each school of their own; a trust's
 * role covers all of its schools.
 */
@Component
class LookedAfterSchools {

    /** More schools than any trust has. */
    private static final int A_TRUST_AT_MOST = 1000;
    private static final Set<String> TRUST_ROLES = Set.of(AccessRole.TRUST_LEADER.name(), AccessRole.HR.name());

    private final Queries queries;
    private final Permissions permissions;

    LookedAfterSchools(Queries queries, Permissions permissions) {
        this.queries = queries;
        this.permissions = permissions;
    }

    /**
     * By name; refused (the error page, 403) when the reader looks after no school and is no administrator, who may
     * open any school's by its address.
     */
    List<SchoolView> of(Viewer viewer) {
        List<SchoolView> schools = lookedAfterBy(viewer);
        if (schools.isEmpty() && !viewer.administrator()) {
            throw new DomainRuleViolation(NotYours.NO_STAFF_TO_LOOK_AFTER,
                    "Only a school's leaders and HR find its staff");
        }
        return schools;
    }

    private List<SchoolView> lookedAfterBy(Viewer viewer) {
        Set<UUID> ownSchools = new LinkedHashSet<>();
        viewer.staffRecords().forEach(self -> ownSchools.add(self.schoolId()));
        viewer.grants().stream().filter(grant -> grant.trustId() == null)
                .forEach(grant -> ownSchools.add(grant.schoolId()));
        Map<UUID, SchoolView> schools = new LinkedHashMap<>();
        viewer.grants().stream()
                .filter(grant -> grant.trustId() != null && TRUST_ROLES.contains(grant.role()))
                .map(Viewer.Grant::trustId)
                .distinct()
                .flatMap(trust -> queries.page(new TrustSchoolsQuery(new TrustId(trust), null, 0, A_TRUST_AT_MOST),
                        SchoolView.class).rows().stream())
                .forEach(school -> schools.putIfAbsent(school.schoolId(), school));
        ownSchools.stream()
                .filter(school -> !schools.containsKey(school) && looksAfter(school))
                .forEach(school -> queries.one(new SchoolQuery(new SchoolId(school)), SchoolView.class)
                        .ifPresent(view -> schools.put(school, view)));
        return schools.values().stream().sorted(Comparator.comparing(SchoolView::name)).toList();
    }

    /** Whether the reader leads the school or is its HR: the rule of the school's staff list in the API. */
    boolean looksAfter(UUID schoolId) {
        return permissions.allows(schoolId, Audience.SCHOOL_LEADER, Audience.HR);
    }
}
