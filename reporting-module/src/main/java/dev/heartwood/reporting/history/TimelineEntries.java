package dev.heartwood.reporting.history;

import dev.heartwood.appraisal.api.AccessGranted;
import dev.heartwood.appraisal.api.AccessRevoked;
import dev.heartwood.appraisal.api.AppraisalCompleted;
import dev.heartwood.appraisal.api.AppraisalExempted;
import dev.heartwood.appraisal.api.AppraisalReopened;
import dev.heartwood.appraisal.api.AppraisalReportIssued;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.AppraisalTerminated;
import dev.heartwood.appraisal.api.AppraiserChanged;
import dev.heartwood.appraisal.api.DevelopmentNeedIdentified;
import dev.heartwood.appraisal.api.EvidenceReferenced;
import dev.heartwood.appraisal.api.ExternalAdviserAppointed;
import dev.heartwood.appraisal.api.ExternalAdviserConsulted;
import dev.heartwood.appraisal.api.FinalReviewHeld;
import dev.heartwood.appraisal.api.GovernorsPanelAppointed;
import dev.heartwood.appraisal.api.LineManagerAssigned;
import dev.heartwood.appraisal.api.MidYearReviewHeld;
import dev.heartwood.appraisal.api.ObjectiveOutcomeRecorded;
import dev.heartwood.appraisal.api.ObjectiveRevised;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.ObjectiveWithdrawn;
import dev.heartwood.appraisal.api.ObjectivesAgreed;
import dev.heartwood.appraisal.api.ObjectivesDisagreementRecorded;
import dev.heartwood.appraisal.api.ProgressNoteAdded;
import dev.heartwood.appraisal.api.ReviewSignedOff;
import dev.heartwood.appraisal.api.SelfReviewSubmitted;
import dev.heartwood.appraisal.api.SignInIdentityLinked;
import dev.heartwood.appraisal.api.SignInIdentityUnlinked;
import dev.heartwood.appraisal.api.StaffCategoryChanged;
import dev.heartwood.appraisal.api.StaffDetailsChanged;
import dev.heartwood.appraisal.api.StaffFteChanged;
import dev.heartwood.appraisal.api.StaffMemberLeft;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.appraisal.api.StaffRoleAssigned;
import dev.heartwood.appraisal.api.StaffRoleRemoved;
import dev.heartwood.appraisal.api.StandardsCommunicated;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.IgnoresEvents;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.CPDCompleted;
import dev.heartwood.learning.api.CompletedCpdLogged;
import dev.heartwood.learning.api.CpdActivityApproved;
import dev.heartwood.learning.api.CpdActivityDeclined;
import dev.heartwood.learning.api.CpdActivityRequested;
import dev.heartwood.learning.api.CpdImpactEvaluated;
import dev.heartwood.learning.api.CpdLinkedToDevelopmentNeed;
import dev.heartwood.learning.api.CpdLinkedToObjective;
import dev.heartwood.learning.api.CpdLinkedToSchoolPriority;
import dev.heartwood.learning.api.CpdReflectionRecorded;
import dev.heartwood.learning.api.CpdUnlinkedFromDevelopmentNeed;
import dev.heartwood.learning.api.CpdUnlinkedFromObjective;
import dev.heartwood.learning.api.CpdUnlinkedFromSchoolPriority;
import dev.heartwood.learning.api.ExemptedFromTraining;
import dev.heartwood.learning.api.TrainingCompleted;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Which events belong on a person's timeline, whom each concerns (the person, or the appraisee of an appraisal) and
 * the line it reads as. Confidential notes, reflections, reasons and comments are never repeated in a line: the
 * history of the record holds them for those who may read it.
 */
@IgnoresEvents({
        // who may open the record, and with which sign-in, is security, kept in the access log and the history
        AccessGranted.class, AccessRevoked.class, SignInIdentityLinked.class, SignInIdentityUnlinked.class
})
final class TimelineEntries {

    /** A line of a timeline, for {@code staffId}, or for the appraisee of {@code appraisalId}. */
    record Entry(UUID staffId, UUID appraisalId, String summary) {
    }

    private final Map<Class<?>, Function<Object, Entry>> entries = new HashMap<>();

    TimelineEntries() {
        person(StaffMemberRegistered.class, StaffMemberRegistered::staffId,
                e -> "Joined the staff as " + e.category() + " from " + e.startDate() + ", FTE " + e.fte());
        person(StaffDetailsChanged.class, StaffDetailsChanged::staffId, e -> "Name or e-mail address corrected");
        person(StaffCategoryChanged.class, StaffCategoryChanged::staffId,
                e -> "Category changed to " + e.category() + " from " + e.from());
        person(StaffFteChanged.class, StaffFteChanged::staffId, e -> "FTE changed to " + e.fte() + " from " + e.from());
        person(StaffRoleAssigned.class, StaffRoleAssigned::staffId, e -> "Became " + e.role() + " from " + e.from());
        person(StaffRoleRemoved.class, StaffRoleRemoved::staffId,
                e -> "Ceased to be " + e.role() + " from " + e.from());
        person(LineManagerAssigned.class, LineManagerAssigned::staffId,
                e -> "Line manager " + e.lineManagerId() + " from " + e.from());
        person(StaffMemberLeft.class, StaffMemberLeft::staffId, e -> "Left the staff on " + e.leftOn());

        appraisal(AppraisalStarted.class, AppraisalStarted::appraisalId,
                e -> "Appraisal for " + e.academicYear() + " started, appraised by " + e.appraiserId());
        appraisal(AppraisalExempted.class, AppraisalExempted::appraisalId,
                e -> "Exempt from appraisal for " + e.academicYear() + ": " + e.reason());
        appraisal(AppraiserChanged.class, AppraiserChanged::appraisalId, e -> "Now appraised by " + e.appraiserId());
        appraisal(StandardsCommunicated.class, StandardsCommunicated::appraisalId,
                e -> "Told the standards that apply: " + e.framework());
        appraisal(ObjectiveSet.class, ObjectiveSet::appraisalId, e -> "Objective set: " + e.title().text());
        appraisal(ObjectiveRevised.class, ObjectiveRevised::appraisalId,
                e -> "Objective revised: " + e.title().text());
        appraisal(ObjectiveWithdrawn.class, ObjectiveWithdrawn::appraisalId, e -> "Objective withdrawn");
        appraisal(ObjectivesAgreed.class, ObjectivesAgreed::appraisalId,
                e -> "Objectives agreed by the " + party(e.party()));
        appraisal(ObjectivesDisagreementRecorded.class, ObjectivesDisagreementRecorded::appraisalId,
                e -> "Disagreement with the objectives recorded by the " + party(e.party()));
        appraisal(ProgressNoteAdded.class, ProgressNoteAdded::appraisalId, e -> "Progress note added");
        appraisal(EvidenceReferenced.class, EvidenceReferenced::appraisalId, e -> "Evidence referenced");
        appraisal(MidYearReviewHeld.class, MidYearReviewHeld::appraisalId,
                e -> "Mid-year review held on " + e.heldOn());
        appraisal(SelfReviewSubmitted.class, SelfReviewSubmitted::appraisalId, e -> "Self-review submitted");
        appraisal(FinalReviewHeld.class, FinalReviewHeld::appraisalId, e -> "Final review held on " + e.heldOn());
        appraisal(ObjectiveOutcomeRecorded.class, ObjectiveOutcomeRecorded::appraisalId,
                e -> "Objective outcome recorded: " + e.outcome());
        appraisal(DevelopmentNeedIdentified.class, DevelopmentNeedIdentified::appraisalId,
                e -> "Development need identified");
        appraisal(AppraisalReportIssued.class, AppraisalReportIssued::appraisalId, e -> "Appraisal report issued");
        appraisal(ReviewSignedOff.class, ReviewSignedOff::appraisalId, e -> "Signed off by the " + party(e.party()));
        appraisal(AppraisalCompleted.class, AppraisalCompleted::appraisalId, e -> "Appraisal completed");
        appraisal(AppraisalReopened.class, AppraisalReopened::appraisalId, e -> "Appraisal reopened");
        appraisal(AppraisalTerminated.class, AppraisalTerminated::appraisalId,
                e -> "Appraisal ended early on leaving");
        appraisal(GovernorsPanelAppointed.class, GovernorsPanelAppointed::appraisalId,
                e -> "Governors' panel appointed");
        appraisal(ExternalAdviserAppointed.class, ExternalAdviserAppointed::appraisalId,
                e -> "External adviser appointed");
        appraisal(ExternalAdviserConsulted.class, ExternalAdviserConsulted::appraisalId,
                e -> "External adviser consulted at " + e.stage());

        person(CpdActivityRequested.class, CpdActivityRequested::staffId,
                e -> "Learning requested: " + e.proposal().title().text());
        person(CpdActivityApproved.class, CpdActivityApproved::staffId, e -> "Learning approved");
        person(CpdActivityDeclined.class, CpdActivityDeclined::staffId, e -> "Learning declined");
        person(CPDCompleted.class, CPDCompleted::staffId,
                e -> "Learning completed on " + e.completedOn() + ", " + e.hours() + " hours");
        person(CompletedCpdLogged.class, CompletedCpdLogged::staffId,
                e -> "Learning recorded: " + e.learning().title().text() + ", " + e.learning().hours() + " hours");
        person(CpdReflectionRecorded.class, CpdReflectionRecorded::staffId, e -> "Reflected on learning");
        person(CpdImpactEvaluated.class, CpdImpactEvaluated::staffId,
                e -> "Impact of learning evaluated: " + e.level() + ", " + e.judgement());
        person(CpdLinkedToObjective.class, CpdLinkedToObjective::staffId, e -> "Learning linked to an objective");
        person(CpdUnlinkedFromObjective.class, CpdUnlinkedFromObjective::staffId,
                e -> "Learning unlinked from an objective");
        person(CpdLinkedToDevelopmentNeed.class, CpdLinkedToDevelopmentNeed::staffId,
                e -> "Learning linked to a development need");
        person(CpdUnlinkedFromDevelopmentNeed.class, CpdUnlinkedFromDevelopmentNeed::staffId,
                e -> "Learning unlinked from a development need");
        person(CpdLinkedToSchoolPriority.class, CpdLinkedToSchoolPriority::staffId,
                e -> "Learning linked to a school priority");
        person(CpdUnlinkedFromSchoolPriority.class, CpdUnlinkedFromSchoolPriority::staffId,
                e -> "Learning unlinked from a school priority");

        person(TrainingCompleted.class, TrainingCompleted::staffId,
                e -> "Required training completed on " + e.completedOn() + " with " + e.provider());
        person(ExemptedFromTraining.class, ExemptedFromTraining::staffId,
                e -> "Exempt from required training from " + e.period().from() + " to " + e.period().until());
    }

    /** The line for an event, or empty when the event concerns no one's timeline. */
    Optional<Entry> of(Object event) {
        return Optional.ofNullable(entries.get(event.getClass())).map(entry -> entry.apply(event));
    }

    private <E> void person(Class<E> type, Function<E, StaffId> whose, Function<E, String> line) {
        entries.put(type, event -> new Entry(whose.apply(type.cast(event)).value(), null,
                line.apply(type.cast(event))));
    }

    private <E> void appraisal(Class<E> type, Function<E, AppraisalId> which, Function<E, String> line) {
        entries.put(type, event -> new Entry(null, which.apply(type.cast(event)).value(),
                line.apply(type.cast(event))));
    }

    private static String party(Enum<?> party) {
        return party.name().toLowerCase();
    }
}
