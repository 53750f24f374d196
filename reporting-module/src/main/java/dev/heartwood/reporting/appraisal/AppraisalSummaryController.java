package dev.heartwood.reporting.appraisal;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.reporting.api.AppraisalSummaryQuery;
import dev.heartwood.reporting.api.AppraisalSummaryView;
import dev.heartwood.reporting.api.AppraisalSummaryView.ObjectiveView;
import dev.heartwood.reporting.query.Answers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OBJECTIVE_NOT_FOUND;

@RestController
@Tag(name = "Appraisals")
@RequestMapping("/api/appraisals/{appraisalId}")
class AppraisalSummaryController {

    private final Answers answers;

    AppraisalSummaryController(Answers answers) {
        this.answers = answers;
    }

    @Operation(summary = "An appraisal at a glance, with its objectives")
    @Allowed({Audience.SELF, Audience.APPRAISER, Audience.SCHOOL_LEADER, Audience.GOVERNOR})
    @GetMapping
    AppraisalSummaryView summary(@PathVariable UUID appraisalId) {
        return answers.one(new AppraisalSummaryQuery(new AppraisalId(appraisalId)), AppraisalSummaryView.class,
                APPRAISAL_NOT_FOUND, "No appraisal " + appraisalId + " is known");
    }

    @Operation(summary = "One objective of an appraisal")
    @Allowed({Audience.SELF, Audience.APPRAISER, Audience.SCHOOL_LEADER, Audience.GOVERNOR})
    @GetMapping("/objectives/{objectiveId}")
    ObjectiveView objective(@PathVariable UUID appraisalId, @PathVariable UUID objectiveId) {
        return summary(appraisalId).objectives().stream()
                .filter(objective -> objective.objectiveId().equals(objectiveId))
                .findFirst()
                .orElseThrow(() -> new DomainRuleViolation(OBJECTIVE_NOT_FOUND,
                        "Appraisal " + appraisalId + " has no objective " + objectiveId));
    }
}
