package dev.heartwood.web.cycle;

import dev.heartwood.appraisal.api.AppraisalErrorCode;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.reporting.api.AppraisalRow;
import dev.heartwood.reporting.api.AppraisalSort;
import dev.heartwood.reporting.api.AppraisalStatus;
import dev.heartwood.reporting.api.CycleAppraisalsQuery;
import dev.heartwood.reporting.api.CycleQuery;
import dev.heartwood.reporting.api.CycleView;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.SchoolQuery;
import dev.heartwood.reporting.api.SchoolStaffQuery;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.reporting.api.StaffSort;
import dev.heartwood.reporting.api.StaffStatus;
import dev.heartwood.web.Queries;
import dev.heartwood.web.SchoolCycles;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A cycle, its appraisals and its school's staff as the cycle pages read them: through the queries the API's
 * cycle and staff endpoints ask, so that a page and the API agree.
 */
@Component
class CycleRecords {

    /** More than any school has: people on its staff, appraisals in a cycle. */
    private static final int A_SCHOOL_AT_MOST = 1000;

    private final Queries queries;
    private final SchoolCycles schoolCycles;

    CycleRecords(Queries queries, SchoolCycles schoolCycles) {
        this.queries = queries;
        this.schoolCycles = schoolCycles;
    }

    SchoolView school(UUID schoolId) {
        return queries.one(new SchoolQuery(new SchoolId(schoolId)), SchoolView.class,
                AppraisalErrorCode.SCHOOL_NOT_FOUND);
    }

    Optional<CycleView> findCycle(UUID cycleId) {
        return queries.one(new CycleQuery(new CycleId(cycleId)), CycleView.class);
    }

    CycleView cycle(UUID cycleId) {
        return findCycle(cycleId).orElseThrow(() -> new DomainRuleViolation(
                AppraisalErrorCode.CYCLE_NOT_FOUND, "Nothing is known by that identifier"));
    }

    /** The cycle's appraisals and exemptions by name; {@code appraiserId} and {@code status} narrow them. */
    ReportPage<AppraisalRow> appraisals(UUID cycleId, AppraisalStatus status, UUID appraiserId) {
        return queries.page(new CycleAppraisalsQuery(new CycleId(cycleId), status,
                appraiserId == null ? null : new StaffId(appraiserId), AppraisalSort.NAME, 0, A_SCHOOL_AT_MOST),
                AppraisalRow.class);
    }

    /** The names of everyone the school has had, by their staff id. */
    Map<UUID, String> names(UUID schoolId) {
        return queries.page(new SchoolStaffQuery(new SchoolId(schoolId), null, null, StaffStatus.ALL,
                        StaffSort.NAME, schoolCycles.today(), 0, A_SCHOOL_AT_MOST), StaffMemberView.class).rows()
                .stream().collect(Collectors.toMap(StaffMemberView::staffId, StaffMemberView::name));
    }
}
