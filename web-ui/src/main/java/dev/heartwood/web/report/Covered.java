package dev.heartwood.web.report;

import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.api.SchoolQuery;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.reporting.api.TrustQuery;
import dev.heartwood.reporting.api.TrustView;
import dev.heartwood.web.Queries;

import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.SCHOOL_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.TRUST_NOT_FOUND;

/**
 * Whose records a report page covers, a school's or a whole trust's, with its name for the heading and the start of
 * its reports' addresses ({@code /schools/{id}/reports}).
 */
public record Covered(ReportScope scope, String name, String reports) {

    public static Covered school(Queries queries, UUID schoolId) {
        SchoolView school = queries.one(new SchoolQuery(new SchoolId(schoolId)), SchoolView.class, SCHOOL_NOT_FOUND);
        return new Covered(ReportScope.school(schoolId), school.name(), "/schools/" + schoolId + "/reports");
    }

    public static Covered trust(Queries queries, UUID trustId) {
        TrustView trust = queries.one(new TrustQuery(new TrustId(trustId)), TrustView.class, TRUST_NOT_FOUND);
        return new Covered(ReportScope.trust(trustId), trust.name(), "/trusts/" + trustId + "/reports");
    }

    /** The page of the training the school or trust requires, and where it defines more. */
    public String trainingRequirements() {
        return trust() ? "/trusts/" + scope.trustId() + "/training-requirements"
                : "/schools/" + scope.schoolId() + "/training-requirements";
    }

    /** A trust's reports name each person's school. */
    public boolean trust() {
        return scope.trustId() != null;
    }
}
