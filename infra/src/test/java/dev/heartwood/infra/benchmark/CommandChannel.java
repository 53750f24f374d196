package dev.heartwood.infra.benchmark;

import dev.heartwood.infra.Api;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.ConfidentialText;
import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.appraisal.api.AddProgressNote;
import dev.heartwood.learning.api.ApproveCpdActivity;
import dev.heartwood.learning.api.CompleteCpdActivity;
import dev.heartwood.learning.api.CompletedLearning;
import dev.heartwood.learning.api.CpdLinks;
import dev.heartwood.learning.api.CpdProposal;
import dev.heartwood.learning.api.CpdType;
import dev.heartwood.learning.api.LogCompletedCpd;
import dev.heartwood.learning.api.RecordTrainingCompletion;
import dev.heartwood.learning.api.RequestCpdActivity;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The commands of the command load, sent one of two ways: over HTTP as a client sends them (JSON, Basic
 * authentication, validation, the controller), or straight into Axon's command gateway, which leaves out
 * everything in front of the command bus. Each answers whether the command was accepted.
 */
interface CommandChannel {

    LocalDate TODAY = SimulatedClock.TODAY;
    /** The course is asked for and approved a fortnight before it runs, and completed after it. */
    LocalDate ASKED = TODAY.minusDays(24);

    boolean logCpd(UUID staffId, UUID activityId);

    boolean requestCpd(UUID staffId, UUID activityId);

    boolean approveCpd(UUID activityId);

    boolean completeCpd(UUID activityId);

    boolean completeTraining(UUID staffId, UUID requirementId, LocalDate on);

    boolean addProgressNote(UUID appraisalId, UUID noteId);

    /** Over HTTP, as any client of the API. */
    static CommandChannel http(Api api) {
        return new CommandChannel() {
            @Override
            public boolean logCpd(UUID staffId, UUID activityId) {
                return ok(api.post("/api/staff/" + staffId + "/completed-cpd-activities", """
                        {"activityId": "%s", "title": "Research summary and reflection", "type": "READING",
                         "startedOn": "%s", "completedOn": "%s", "hours": 2}"""
                        .formatted(activityId, TODAY.minusDays(3), TODAY.minusDays(1))));
            }

            @Override
            public boolean requestCpd(UUID staffId, UUID activityId) {
                return ok(api.post("/api/staff/" + staffId + "/cpd-activities", """
                        {"activityId": "%s", "title": "Subject leadership course", "type": "COURSE",
                         "provider": "Trust teaching school hub", "startsOn": "%s", "endsOn": "%s",
                         "expectedHours": 6, "cost": 250, "coverDays": 0.5,
                         "intendedImpact": "Pupils in my classes make better progress", "on": "%s"}"""
                        .formatted(activityId, TODAY.minusDays(10), TODAY.minusDays(9), ASKED)));
            }

            @Override
            public boolean approveCpd(UUID activityId) {
                return ok(api.post("/api/cpd-activities/" + activityId + "/approval", "{\"on\": \"" + ASKED + "\"}"));
            }

            @Override
            public boolean completeCpd(UUID activityId) {
                return ok(api.post("/api/cpd-activities/" + activityId + "/completion", """
                        {"completedOn": "%s", "hours": 6, "cost": 250}""".formatted(TODAY.minusDays(5))));
            }

            @Override
            public boolean completeTraining(UUID staffId, UUID requirementId, LocalDate on) {
                return ok(api.post("/api/staff/" + staffId + "/training-completions", """
                        {"requirementId": "%s", "completedOn": "%s", "provider": "Trust central team"}"""
                        .formatted(requirementId, on)));
            }

            @Override
            public boolean addProgressNote(UUID appraisalId, UUID noteId) {
                return ok(api.post("/api/appraisals/" + appraisalId + "/notes", """
                        {"noteId": "%s", "note": "Good progress seen in a drop-in", "confidential": false}"""
                        .formatted(noteId)));
            }

            private boolean ok(ResponseEntity<String> response) {
                return response.getStatusCode().is2xxSuccessful();
            }
        };
    }

    /** Into the command gateway, with the metadata the web layer would add. */
    static CommandChannel gateway(CommandGateway gateway) {
        Map<String, String> metadata = Map.of(MetadataKeys.ACTOR_ID, UUID.randomUUID().toString(),
                MetadataKeys.ACTOR_ROLE, "ADMINISTRATOR");
        return new CommandChannel() {
            @Override
            public boolean logCpd(UUID staffId, UUID activityId) {
                return send(new LogCompletedCpd(new CpdActivityId(activityId), new StaffId(staffId),
                        new CompletedLearning(PersonalText.of("Research summary and reflection"), CpdType.READING,
                                null, TODAY.minusDays(3), TODAY.minusDays(1), new BigDecimal(2), BigDecimal.ZERO,
                                null), CpdLinks.none()));
            }

            @Override
            public boolean requestCpd(UUID staffId, UUID activityId) {
                return send(new RequestCpdActivity(new CpdActivityId(activityId), new StaffId(staffId),
                        new CpdProposal(PersonalText.of("Subject leadership course"), CpdType.COURSE,
                                PersonalText.of("Trust teaching school hub"), TODAY.minusDays(10),
                                TODAY.minusDays(9), new BigDecimal(6), new BigDecimal(250), new BigDecimal("0.5"),
                                PersonalText.of("Pupils in my classes make better progress")), CpdLinks.none(),
                        ASKED));
            }

            @Override
            public boolean approveCpd(UUID activityId) {
                return send(new ApproveCpdActivity(new CpdActivityId(activityId), ASKED));
            }

            @Override
            public boolean completeCpd(UUID activityId) {
                return send(new CompleteCpdActivity(new CpdActivityId(activityId), TODAY.minusDays(5),
                        new BigDecimal(6), new BigDecimal(250), null));
            }

            @Override
            public boolean completeTraining(UUID staffId, UUID requirementId, LocalDate on) {
                return send(new RecordTrainingCompletion(new StaffId(staffId), new RequirementId(requirementId), on,
                        "Trust central team", null));
            }

            @Override
            public boolean addProgressNote(UUID appraisalId, UUID noteId) {
                return send(new AddProgressNote(new AppraisalId(appraisalId), noteId,
                        ConfidentialText.of("Good progress seen in a drop-in"), false));
            }

            private boolean send(Object command) {
                try {
                    gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
                    return true;
                } catch (RuntimeException refused) {
                    return false;
                }
            }
        };
    }
}
