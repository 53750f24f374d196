package dev.heartwood.web.report;

import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.web.Queries;

import java.util.UUID;

/**
 * A report asked for of a school or of a trust: whose records it reads and the address of its page. A report page
 * maps a school's handler and a trust's, each with its own access rule, and both hand their report on as one of these,
 * so that what follows is written once for either.
 *
 * @param address the page's address, to which its filters and the CSV download are added
 */
record ReportPlace(ReportScope scope, String address) {

    /** Where a school's reports are; a report's own path follows. */
    static final String SCHOOL = "/schools/{schoolId}/reports";
    /** Where a trust's reports are; a report's own path follows. */
    static final String TRUST = "/trusts/{trustId}/reports";

    static ReportPlace school(UUID schoolId, String report) {
        return new ReportPlace(ReportScope.school(schoolId), "/schools/" + schoolId + "/reports" + report);
    }

    static ReportPlace trust(UUID trustId, String report) {
        return new ReportPlace(ReportScope.trust(trustId), "/trusts/" + trustId + "/reports" + report);
    }

    /** Whose records these are, with their name for the page's heading (which the CSV does not need). */
    Covered covered(Queries queries) {
        return scope.trustId() != null ? Covered.trust(queries, scope.trustId())
                : Covered.school(queries, scope.schoolId());
    }
}
