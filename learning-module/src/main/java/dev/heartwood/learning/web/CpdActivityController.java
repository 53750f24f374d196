package dev.heartwood.learning.web;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.learning.api.ApproveCpdActivity;
import dev.heartwood.learning.api.CompleteCpdActivity;
import dev.heartwood.learning.api.CompletedLearning;
import dev.heartwood.learning.api.CpdLinks;
import dev.heartwood.learning.api.CpdProposal;
import dev.heartwood.learning.api.CpdType;
import dev.heartwood.learning.api.DeclineCpdActivity;
import dev.heartwood.learning.api.EvaluateCpdImpact;
import dev.heartwood.learning.api.GuskeyLevel;
import dev.heartwood.learning.api.ImpactJudgement;
import dev.heartwood.learning.api.LogCompletedCpd;
import dev.heartwood.learning.api.ReflectOnCpdActivity;
import dev.heartwood.learning.api.RequestCpdActivity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static dev.heartwood.learning.api.CpdErrorCode.CPD_ACTIVITY_ALREADY_RECORDED;
import static dev.heartwood.learning.api.CpdErrorCode.CPD_ACTIVITY_NOT_FOUND;

/** A person's professional learning from the request (or the log of learning already done) to its evaluation. */
@RestController
@Tag(name = "Learning")
class CpdActivityController {

    private final Commands commands;

    CpdActivityController(Commands commands) {
        this.commands = commands;
    }

    /** The person's objectives and development needs, and their school's priorities, by their identifiers. */
    record LinksRequest(@Size(max = 20) List<@NotNull UUID> objectives,
                        @Size(max = 20) List<@NotNull UUID> developmentNeeds,
                        @Size(max = 20) List<@NotNull UUID> priorities) {

        static CpdLinks of(LinksRequest links) {
            return links == null ? CpdLinks.none() : new CpdLinks(ids(links.objectives(), ObjectiveId::new),
                    ids(links.developmentNeeds(), DevelopmentNeedId::new), ids(links.priorities(), PriorityId::new));
        }
    }

    /** Cost in pounds; cover in days, halves allowed, none if left out. */
    record ActivityRequest(@NotNull UUID activityId, @NotBlank @Size(max = 500) String title, @NotNull CpdType type,
                           @Size(max = 200) String provider, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
                           @NotNull @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal expectedHours,
                           @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal cost,
                           @DecimalMin("0") @Digits(integer = 3, fraction = 1) BigDecimal coverDays,
                           @NotBlank @Size(max = 2000) String intendedImpact, @Valid LinksRequest links,
                           LocalDate on) {
    }

    /** Cost in pounds, none if left out. */
    record LoggedActivityRequest(@NotNull UUID activityId, @NotBlank @Size(max = 500) String title,
                                 @NotNull CpdType type, @Size(max = 200) String provider,
                                 @NotNull LocalDate startedOn, @NotNull LocalDate completedOn,
                                 @NotNull @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal hours,
                                 @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal cost,
                                 @Size(max = 200) String certificateReference, @Valid LinksRequest links) {
    }

    /** @param on the day the learning was approved; today when there is none, or no body at all */
    record ApprovalRequest(LocalDate on) {
    }

    record DeclineRequest(@NotBlank @Size(max = 2000) String reason, LocalDate on) {
    }

    record CpdCompletionRequest(@NotNull LocalDate completedOn,
                                @NotNull @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal hours,
                                @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal cost,
                                @Size(max = 200) String certificateReference) {
    }

    record ReflectionRequest(@NotBlank @Size(max = 5000) String reflection) {
    }

    record EvaluationRequest(@NotNull UUID evaluationId, @NotNull GuskeyLevel level,
                             @NotNull ImpactJudgement judgement, @NotBlank @Size(max = 2000) String note) {
    }

    @Operation(summary = "Ask for professional learning for a member of staff, linked to what it serves")
    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/staff/{staffId}/cpd-activities")
    ResponseEntity<Void> request(@PathVariable UUID staffId, @Valid @RequestBody ActivityRequest request) {
        CpdProposal proposal = new CpdProposal(PersonalText.of(request.title()), request.type(),
                PersonalTexts.orNull(request.provider()), request.startsOn(), request.endsOn(),
                request.expectedHours(), request.cost(),
                request.coverDays() == null ? BigDecimal.ZERO : request.coverDays(),
                PersonalText.of(request.intendedImpact()));
        create(request.activityId(), new RequestCpdActivity(new CpdActivityId(request.activityId()),
                new StaffId(staffId), proposal, LinksRequest.of(request.links()), request.on()));
        return Created.at("/api/cpd-activities/{activityId}", request.activityId());
    }

    @Operation(summary = "Log learning a member of staff has already done; it needs no approval")
    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER, Audience.HR})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/staff/{staffId}/completed-cpd-activities")
    ResponseEntity<Void> log(@PathVariable UUID staffId, @Valid @RequestBody LoggedActivityRequest request) {
        CompletedLearning learning = new CompletedLearning(PersonalText.of(request.title()), request.type(),
                PersonalTexts.orNull(request.provider()), request.startedOn(), request.completedOn(), request.hours(),
                request.cost() == null ? BigDecimal.ZERO : request.cost(), request.certificateReference());
        create(request.activityId(), new LogCompletedCpd(new CpdActivityId(request.activityId()),
                new StaffId(staffId), learning, LinksRequest.of(request.links())));
        return Created.at("/api/cpd-activities/{activityId}", request.activityId());
    }

    @Operation(summary = "Approve requested learning")
    @Allowed(Audience.SCHOOL_LEADER)
    @PostMapping("/api/cpd-activities/{activityId}/approval")
    ResponseEntity<Void> approve(@PathVariable UUID activityId,
                                 @Valid @RequestBody(required = false) ApprovalRequest request) {
        return change(activityId, new ApproveCpdActivity(new CpdActivityId(activityId),
                request == null ? null : request.on()));
    }

    @Operation(summary = "Decline requested learning, with the reason")
    @Allowed(Audience.SCHOOL_LEADER)
    @PostMapping("/api/cpd-activities/{activityId}/decline")
    ResponseEntity<Void> decline(@PathVariable UUID activityId, @Valid @RequestBody DeclineRequest request) {
        return change(activityId, new DeclineCpdActivity(new CpdActivityId(activityId),
                PersonalText.of(request.reason()), request.on()));
    }

    @Operation(summary = "Record approved learning as completed: the date, hours, final cost and certificate")
    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER})
    @PostMapping("/api/cpd-activities/{activityId}/completion")
    ResponseEntity<Void> complete(@PathVariable UUID activityId, @Valid @RequestBody CpdCompletionRequest request) {
        return change(activityId, new CompleteCpdActivity(new CpdActivityId(activityId), request.completedOn(),
                request.hours(), request.cost(), request.certificateReference()));
    }

    @Operation(summary = "Reflect on completed learning")
    @Allowed(Audience.SELF)
    @PostMapping("/api/cpd-activities/{activityId}/reflection")
    ResponseEntity<Void> reflect(@PathVariable UUID activityId, @Valid @RequestBody ReflectionRequest request) {
        return change(activityId, new ReflectOnCpdActivity(new CpdActivityId(activityId),
                PersonalText.of(request.reflection())));
    }

    @Operation(summary = "Evaluate the impact of completed learning at one of Guskey's five levels")
    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/cpd-activities/{activityId}/evaluations")
    ResponseEntity<Void> evaluate(@PathVariable UUID activityId, @Valid @RequestBody EvaluationRequest request) {
        change(activityId, new EvaluateCpdImpact(new CpdActivityId(activityId), request.evaluationId(),
                request.level(), request.judgement(), PersonalText.of(request.note())));
        return Created.at("/api/cpd-activities/{activityId}/evaluations/{evaluationId}", activityId,
                request.evaluationId());
    }

    private void create(UUID activityId, Object command) {
        try {
            commands.send(command);
        } catch (IncompatibleAggregateException e) {
            // the identifier was chosen for something else, such as a member of staff
            throw new DomainRuleViolation(CPD_ACTIVITY_ALREADY_RECORDED,
                    "Identifier " + activityId + " is already used for something else");
        }
    }

    private ResponseEntity<Void> change(UUID activityId, Object command) {
        return commands.change(activityId, CPD_ACTIVITY_NOT_FOUND, command);
    }

    private static <T> List<T> ids(List<UUID> ids, Function<UUID, T> type) {
        return ids == null ? List.of() : ids.stream().map(type).toList();
    }
}
