package dev.heartwood.reporting.training;

import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.Compliance;
import dev.heartwood.learning.api.ComplianceRule;
import dev.heartwood.learning.api.ComplianceStatus;
import dev.heartwood.learning.api.ExemptionPeriod;
import dev.heartwood.learning.api.RequirementHistory;
import dev.heartwood.learning.api.RequirementTerms;
import dev.heartwood.learning.api.StaffHistory;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers training compliance for a day by applying the learning module's rule to the read model's facts; the
 * compliance reports ask it directly for whole schools.
 */
@Component
public class TrainingQueries {

    private final TrainingRows rows;
    private final ComplianceRule rule = ComplianceRule.withDefaultWarning();

    TrainingQueries(TrainingRows rows) {
        this.rows = rows;
    }

    @QueryHandler
    Optional<StaffTrainingView> handle(StaffTrainingQuery query) {
        UUID staffId = query.staffId().value();
        LocalDate day = query.on();
        return rows.person(staffId).map(person -> {
            List<TrainingRows.Completion> completions = rows.completions(staffId);
            List<TrainingRows.Exemption> exemptions = rows.exemptions(staffId);
            List<TrainingStandingView> standings = new ArrayList<>();
            rows.requirementsOf(person).forEach((requirementId, requirement) -> {
                List<LocalDate> completed = completions.stream()
                        .filter(completion -> completion.requirementId().equals(requirementId))
                        .map(TrainingRows.Completion::completedOn)
                        .toList();
                List<ExemptionPeriod> exempt = exemptions.stream()
                        .filter(exemption -> exemption.requirementId().equals(requirementId))
                        .map(TrainingRows.Exemption::period)
                        .toList();
                Compliance compliance = rule.on(day, requirement, person.history(), completed, exempt);
                if (compliance.status() != ComplianceStatus.NOT_APPLICABLE) {
                    standings.add(standing(requirementId, requirement, day, compliance, completions));
                }
            });
            return new StaffTrainingView(staffId, day, standings, rows.lastEventIndex(staffId, person));
        });
    }

    /** The standing on the day of everyone the read model knows at the school, past and future staff included. */
    public List<StaffTrainingView> standingsAt(UUID schoolId, LocalDate day) {
        return rows.staffOf(schoolId).stream()
                .flatMap(staffId -> handle(new StaffTrainingQuery(new StaffId(staffId), day)).stream())
                .toList();
    }

    /** What decides which training applies to the person and since when, if the read model knows them. */
    public Optional<StaffHistory> history(UUID staffId) {
        return rows.person(staffId).map(TrainingRows.Person::history);
    }

    private static TrainingStandingView standing(UUID requirementId, RequirementHistory requirement, LocalDate day,
                                                 Compliance compliance, List<TrainingRows.Completion> completions) {
        RequirementTerms terms = requirement.termsOn(day).orElseThrow();
        String certificate = completions.stream()
                .filter(completion -> completion.requirementId().equals(requirementId)
                        && completion.completedOn().equals(compliance.lastCompletedOn()))
                .map(TrainingRows.Completion::certificateReference)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        return new TrainingStandingView(requirementId, terms.title(), terms.category(), terms.source(),
                compliance.status(), compliance.lastCompletedOn(), compliance.dueOn(), compliance.expiresOn(),
                certificate);
    }
}
