package dev.heartwood.reporting.training;

import dev.heartwood.learning.api.Compliance;
import dev.heartwood.learning.api.ComplianceRule;
import dev.heartwood.learning.api.ComplianceStatus;
import dev.heartwood.learning.api.ExemptionPeriod;
import dev.heartwood.learning.api.RequirementHistory;
import dev.heartwood.learning.api.RequirementTerms;
import dev.heartwood.learning.api.StaffHistory;
import dev.heartwood.reporting.api.RequirementInForce;
import dev.heartwood.reporting.api.StaffTrainingQuery;
import dev.heartwood.reporting.api.StaffTrainingView;
import dev.heartwood.reporting.api.TrainingStandingView;
import dev.heartwood.reporting.training.TrainingRows.Completion;
import dev.heartwood.reporting.training.TrainingRows.Exemption;
import dev.heartwood.reporting.training.TrainingRows.Facts;
import dev.heartwood.reporting.training.TrainingRows.Person;
import dev.heartwood.reporting.training.TrainingRows.Requirement;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers training compliance for a day by applying the learning module's rule to the read model's facts; the
 * compliance reports ask it directly for whole schools.
 */
@Component
public class TrainingQueries {

    /** The processor that keeps the training read model these queries read. */
    public static final String PROCESSING_GROUP = "training";

    private final TrainingRows rows;
    private final ComplianceRule rule = new ComplianceRule();

    TrainingQueries(TrainingRows rows) {
        this.rows = rows;
    }

    /** A person's training on a day, at their school, with the history that decides what applies to them. */
    public record Standing(UUID schoolId, StaffHistory history, StaffTrainingView training) {
    }

    @QueryHandler
    Optional<StaffTrainingView> handle(StaffTrainingQuery query) {
        Facts facts = rows.ofPerson(query.staffId().value(), query.on());
        return facts.people().stream().findFirst().map(person -> view(facts, person, query.on()));
    }

    /** The standing on the day of everyone on the staff of the schools that day. */
    public List<Standing> standingsAt(Collection<UUID> schoolIds, LocalDate day) {
        Facts facts = rows.onStaffAt(schoolIds, day);
        return facts.people().stream()
                .map(person -> new Standing(person.schoolId(), person.history(), view(facts, person, day)))
                .toList();
    }

    /** The standing on the day of these people. */
    public List<Standing> standingsOf(Collection<UUID> staffIds, LocalDate day) {
        Facts facts = rows.ofStaff(staffIds, day);
        return facts.people().stream()
                .map(person -> new Standing(person.schoolId(), person.history(), view(facts, person, day)))
                .toList();
    }

    /**
     * A person on the staff on a day with the requirements that apply to them then, their training left unread.
     *
     * @param lastEventIndex the last event applied to any fact this is worked out from
     */
    public record Applicable(UUID schoolId, UUID staffId, List<RequirementInForce> requirements,
                             long lastEventIndex) {
    }

    /**
     * What applies on the day to everyone on the staff of the schools that day: the requirements {@link #standingsAt}
     * gives each person a standing in, without reading anyone's training, which decides only the standing.
     */
    public List<Applicable> applicableAt(Collection<UUID> schoolIds, LocalDate day) {
        Facts facts = rows.untrainedOnStaffAt(schoolIds, day);
        return facts.people().stream().map(person -> new Applicable(person.schoolId(), person.staffId(),
                facts.requirementsOf(person).stream()
                        .filter(requirement -> rule.on(day, requirement.history(), person.history(), List.of(),
                                List.of()).status() != ComplianceStatus.NOT_APPLICABLE)
                        .map(requirement -> inForce(requirement, requirement.history().termsOn(day).orElseThrow()))
                        .toList(),
                facts.lastEventIndex(person))).toList();
    }

    /** The requirements of the schools (their own and their trusts') in force on the day, by title. */
    public List<RequirementInForce> requirementsInForceAt(Collection<UUID> schoolIds, LocalDate day) {
        return rows.requirementsAtSchools(schoolIds).stream()
                .flatMap(requirement -> requirement.history().termsOn(day).stream()
                        .map(terms -> inForce(requirement, terms)))
                .sorted(Comparator.comparing(RequirementInForce::title)
                        .thenComparing(RequirementInForce::requirementId))
                .toList();
    }

    private static RequirementInForce inForce(Requirement requirement, RequirementTerms terms) {
        return new RequirementInForce(requirement.requirementId(), terms.title(), terms.category());
    }

    private StaffTrainingView view(Facts facts, Person person, LocalDate day) {
        Map<UUID, Completion> latest = facts.completionsOf(person).stream()
                .collect(Collectors.toMap(Completion::requirementId, Function.identity(),
                        (one, other) -> one.completedOn().isAfter(other.completedOn()) ? one : other));
        Map<UUID, List<ExemptionPeriod>> exemptions = facts.exemptionsOf(person).stream()
                .collect(Collectors.groupingBy(Exemption::requirementId,
                        Collectors.mapping(Exemption::period, Collectors.toList())));
        List<TrainingStandingView> standings = new ArrayList<>();
        for (Requirement requirement : facts.requirementsOf(person)) {
            UUID requirementId = requirement.requirementId();
            Completion completion = latest.get(requirementId);
            List<LocalDate> completed = completion == null ? List.of() : List.of(completion.completedOn());
            List<ExemptionPeriod> exempt = exemptions.getOrDefault(requirementId, List.of());
            Compliance compliance = rule.on(day, requirement.history(), person.history(), completed, exempt);
            if (compliance.status() != ComplianceStatus.NOT_APPLICABLE) {
                standings.add(standing(requirementId, requirement.history(), day, compliance, completion));
            }
        }
        return new StaffTrainingView(person.staffId(), day, standings, facts.lastEventIndex(person));
    }

    private static TrainingStandingView standing(UUID requirementId, RequirementHistory requirement, LocalDate day,
                                                 Compliance compliance, Completion completion) {
        RequirementTerms terms = requirement.termsOn(day).orElseThrow();
        String certificate = completion != null && completion.completedOn().equals(compliance.lastCompletedOn())
                ? completion.certificateReference() : null;
        return new TrainingStandingView(requirementId, terms.title(), terms.category(), terms.source(),
                compliance.status(), compliance.lastCompletedOn(), compliance.dueOn(), compliance.expiresOn(),
                certificate);
    }
}
