package dev.heartwood.reporting.history;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.reporting.api.AggregateHistoryQuery;
import dev.heartwood.reporting.api.AggregateHistoryView;
import dev.heartwood.reporting.api.AppraisalAsOfQuery;
import dev.heartwood.reporting.api.AppraisalAsOfView;
import dev.heartwood.reporting.api.StaffAsOfQuery;
import dev.heartwood.reporting.api.StaffAsOfView;
import dev.heartwood.reporting.query.Answers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_NOT_FOUND;
import static dev.heartwood.reporting.api.ReportingErrorCode.HISTORY_NOT_FOUND;

/** The record as it was: any aggregate's full history, and an appraisal or a staff record at an instant. */
@RestController
@Tag(name = "History")
class HistoryController {

    private final Answers answers;

    HistoryController(Answers answers) {
        this.answers = answers;
    }

    @Operation(summary = "Every event ever recorded about an appraisal, a person, a piece of learning..., oldest first")
    @Allowed({Audience.SELF, Audience.APPRAISER, Audience.SCHOOL_LEADER, Audience.HR, Audience.GOVERNOR})
    @GetMapping("/api/history/{aggregateId}")
    AggregateHistoryView history(@PathVariable UUID aggregateId) {
        return answers.one(new AggregateHistoryQuery(aggregateId.toString()), AggregateHistoryView.class,
                HISTORY_NOT_FOUND, "Nothing has been recorded about " + aggregateId);
    }

    @Operation(summary = "An appraisal as it stood at an instant (ISO-8601, for example 2026-03-01T12:00:00Z)")
    @Allowed({Audience.SELF, Audience.APPRAISER, Audience.SCHOOL_LEADER, Audience.GOVERNOR})
    @GetMapping("/api/appraisals/{appraisalId}/as-of")
    AppraisalAsOfView appraisal(@PathVariable UUID appraisalId, @RequestParam Instant at) {
        return answers.one(new AppraisalAsOfQuery(new AppraisalId(appraisalId), at), AppraisalAsOfView.class,
                APPRAISAL_NOT_FOUND, "No appraisal " + appraisalId + " had been recorded by " + at);
    }

    @Operation(summary = "A member of staff's record as it stood at an instant (ISO-8601)")
    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/api/staff/{staffId}/as-of")
    StaffAsOfView staffMember(@PathVariable UUID staffId, @RequestParam Instant at) {
        return answers.one(new StaffAsOfQuery(new StaffId(staffId), at), StaffAsOfView.class,
                STAFF_MEMBER_NOT_FOUND, "No staff member " + staffId + " had been recorded by " + at);
    }
}
