package dev.heartwood.reporting.history;

import dev.heartwood.kernel.Allowed;
import dev.heartwood.kernel.Audience;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.StaffMemberQuery;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.reporting.api.StaffTimelineQuery;
import dev.heartwood.reporting.api.TimelineRow;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_NOT_FOUND;

@RestController
class StaffTimelineController {

    private final QueryGateway queries;

    StaffTimelineController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "Everything that happened to a person, oldest first: staff record, appraisals, learning")
    @Allowed(value = {Audience.SELF, Audience.SCHOOL_LEADER}, appraisal = true)
    @GetMapping(path = "/api/staff/{staffId}/timeline", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @SuppressWarnings("unchecked")
    ReportPage<TimelineRow> timeline(@PathVariable UUID staffId,
                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                     @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        queries.query(new StaffMemberQuery(new StaffId(staffId)),
                        ResponseTypes.optionalInstanceOf(StaffMemberView.class))
                .join()
                .orElseThrow(() -> new DomainRuleViolation(STAFF_MEMBER_NOT_FOUND,
                        "No staff member " + staffId + " is known"));
        return queries.query(new StaffTimelineQuery(new StaffId(staffId), page, size),
                ResponseTypes.instanceOf(ReportPage.class)).join();
    }
}
