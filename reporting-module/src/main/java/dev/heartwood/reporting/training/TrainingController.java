package dev.heartwood.reporting.training;

import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.StaffTrainingCompletionsQuery;
import dev.heartwood.reporting.api.StaffTrainingQuery;
import dev.heartwood.reporting.api.StaffTrainingView;
import dev.heartwood.reporting.api.TrainingCompletionRow;
import dev.heartwood.reporting.api.TrainingCompletionSort;
import dev.heartwood.reporting.query.Answers;
import dev.heartwood.reporting.query.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_NOT_FOUND;

@RestController
@Tag(name = "Training")
class TrainingController {

    private final Answers answers;
    private final Clock clock;

    TrainingController(Answers answers, Clock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    @Operation(summary = "A person's mandatory training on a day (today unless 'on' is given, past or future)")
    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/api/staff/{staffId}/training")
    StaffTrainingView training(@PathVariable UUID staffId, @RequestParam(required = false) LocalDate on) {
        LocalDate day = on == null ? SchoolTime.today(clock) : on;
        return answers.one(new StaffTrainingQuery(new StaffId(staffId), day), StaffTrainingView.class,
                STAFF_MEMBER_NOT_FOUND, "No staff member " + staffId + " is known");
    }

    @Operation(summary = "The required training a person has completed, the latest first unless sorted by "
            + "requirement, with provider and certificate; requirementId keeps one requirement's")
    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/api/staff/{staffId}/training-completions")
    ReportPage<TrainingCompletionRow> completions(@PathVariable UUID staffId,
                                                  @RequestParam(required = false) UUID requirementId,
                                                  @RequestParam(defaultValue = "date") TrainingCompletionSort sort,
                                                  Paging paging) {
        answers.staffMember(staffId);
        return answers.page(new StaffTrainingCompletionsQuery(new StaffId(staffId),
                requirementId == null ? null : new RequirementId(requirementId),
                sort, paging.page(), paging.size()));
    }
}
