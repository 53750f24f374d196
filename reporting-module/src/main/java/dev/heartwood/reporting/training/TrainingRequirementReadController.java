package dev.heartwood.reporting.training;

import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.api.TrainingRequirementQuery;
import dev.heartwood.reporting.api.TrainingRequirementRow;
import dev.heartwood.reporting.api.TrainingRequirementsQuery;
import dev.heartwood.reporting.query.Answers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static dev.heartwood.learning.api.TrainingErrorCode.REQUIREMENT_NOT_FOUND;

/** The training a school or trust requires, with each requirement's latest terms, for whom the pages show it to. */
@RestController
@Tag(name = "Training")
class TrainingRequirementReadController {

    private final Answers answers;

    TrainingRequirementReadController(Answers answers) {
        this.answers = answers;
    }

    @Operation(summary = "The training a school requires, its own and its trust's, withdrawn ones included, by title")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/api/schools/{schoolId}/training-requirements")
    ReportPage<TrainingRequirementRow> school(ReportScope school) {
        return answers.page(new TrainingRequirementsQuery(school));
    }

    @Operation(summary = "The training a trust requires of every school, withdrawn ones included, by title")
    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping("/api/trusts/{trustId}/training-requirements")
    ReportPage<TrainingRequirementRow> trust(ReportScope trust) {
        return answers.page(new TrainingRequirementsQuery(trust));
    }

    @Operation(summary = "One training requirement with its latest terms")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/api/training-requirements/{requirementId}")
    TrainingRequirementRow requirement(@PathVariable UUID requirementId) {
        return answers.one(new TrainingRequirementQuery(new RequirementId(requirementId)),
                TrainingRequirementRow.class, REQUIREMENT_NOT_FOUND, "No training requirement " + requirementId
                        + " is known");
    }
}
