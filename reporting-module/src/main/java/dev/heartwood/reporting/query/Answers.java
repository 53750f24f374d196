package dev.heartwood.reporting.query;

import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ErrorCode;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.reporting.api.CycleQuery;
import dev.heartwood.reporting.api.CycleView;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.api.SchoolQuery;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.reporting.api.StaffMemberQuery;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.reporting.api.TrustQuery;
import dev.heartwood.reporting.api.TrustView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.CYCLE_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SCHOOL_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.TRUST_NOT_FOUND;

/**
 * How the reporting module's endpoints ask the query bus for what they serve, as the pages do: a page of a report or
 * list, or one record, and first whether the trust, school, cycle or person a request names is known (a 404 naming it when
 * it is not). The handlers read the read models; the endpoints only ask.
 */
@Component
public class Answers {

    private final QueryGateway queries;

    Answers(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * A page of a report or list. Its handler answers a raw {@code ReportPage}, because Axon matches a handler to the
     * response type asked for by its plain class and does not look through type arguments.
     */
    @SuppressWarnings("unchecked")
    public <T extends Record> ReportPage<T> page(Object query) {
        return queries.query(query, ResponseTypes.instanceOf(ReportPage.class)).join();
    }

    /** A page of a report whose handler answers none when what it covers is unknown. */
    @SuppressWarnings("unchecked")
    public <T extends Record> Optional<ReportPage<T>> optionalPage(Object query) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(ReportPage.class)).join()
                .map(page -> (ReportPage<T>) page);
    }

    /** The record a query asks for, whose handler answers an optional one. */
    public <V> Optional<V> optional(Object query, Class<V> type) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(type)).join();
    }

    /** The record a query asks for, or the refusal with {@code notFound} and {@code detail} when there is none. */
    public <V> V one(Object query, Class<V> type, ErrorCode notFound, String detail) {
        return optional(query, type).orElseThrow(() -> new DomainRuleViolation(notFound, detail));
    }

    public CycleView cycle(UUID cycleId) {
        return one(new CycleQuery(new CycleId(cycleId)), CycleView.class, CYCLE_NOT_FOUND,
                "No cycle " + cycleId + " is known");
    }

    public TrustView trust(UUID trustId) {
        return one(new TrustQuery(new TrustId(trustId)), TrustView.class, TRUST_NOT_FOUND,
                "No trust " + trustId + " is known");
    }

    public SchoolView school(UUID schoolId) {
        return one(new SchoolQuery(new SchoolId(schoolId)), SchoolView.class, SCHOOL_NOT_FOUND,
                "No school " + schoolId + " is known");
    }

    public StaffMemberView staffMember(UUID staffId) {
        return one(new StaffMemberQuery(new StaffId(staffId)), StaffMemberView.class, STAFF_MEMBER_NOT_FOUND,
                "No staff member " + staffId + " is known");
    }

    /** The scope, once the directory knows its school or trust. */
    public ReportScope known(ReportScope scope) {
        if (scope.schoolId() != null) {
            school(scope.schoolId());
        } else {
            trust(scope.trustId());
        }
        return scope;
    }
}
