package dev.heartwood.reporting.history;

import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.StaffTimelineQuery;
import dev.heartwood.reporting.api.TimelineRow;
import dev.heartwood.reporting.query.Answers;
import dev.heartwood.reporting.query.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "History")
class StaffTimelineController {

    private final Answers answers;

    StaffTimelineController(Answers answers) {
        this.answers = answers;
    }

    @Operation(summary = "Everything that happened to a person, oldest first: staff record, appraisals, learning")
    @Allowed(value = {Audience.SELF, Audience.SCHOOL_LEADER}, appraisal = true)
    @GetMapping(path = "/api/staff/{staffId}/timeline", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    ReportPage<TimelineRow> timeline(@PathVariable UUID staffId, Paging paging) {
        answers.staffMember(staffId);
        return answers.page(new StaffTimelineQuery(new StaffId(staffId), paging.page(), paging.size()));
    }
}
