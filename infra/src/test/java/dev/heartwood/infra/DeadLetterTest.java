package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection that fails on one event parks that aggregate's events in its dead-letter queue and goes on with
 * the others; administrators list the parked events, try them again once the fault is mended, or give them up.
 * The fault is real: the appraisal summary's table is made to refuse the objectives of one appraisal. A batch goes
 * without savepoints until one of its handlers fails (ADR 8).
 */
class DeadLetterTest extends ApiTestBase {

    private static final String PROCESSOR = "appraisal-summary";
    private static final String PARKED = "/api/admin/processors/" + PROCESSOR + "/dead-letters";

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    TokenStore tokens;

    private JsonNode parkedSequence(UUID appraisalId) {
        for (JsonNode sequence : admin.read(admin.get(PARKED)).path("shown")) {
            if (sequence.path("sequenceId").asText().equals(appraisalId.toString())) {
                return sequence;
            }
        }
        return MissingNode.getInstance();
    }

    private List<String> objectiveTitles(UUID appraisalId) {
        return admin.read(admin.get("/api/appraisals/" + appraisalId)).path("objectives").findValuesAsText("title");
    }

    private JsonNode processorStatus() {
        for (JsonNode status : admin.read(admin.get("/api/admin/processors"))) {
            if (status.path("name").asText().equals(PROCESSOR)) {
                return status;
            }
        }
        throw new AssertionError("no processor " + PROCESSOR);
    }

    @Test
    void aHandlerFailingOnOneEventParksItsAppraisalWhileTheOthersAreAppliedAndARetryAppliesItOnceMended() {
        SchoolWithAnAppraisal poisoned = SchoolWithAnAppraisal.createdThrough(admin);
        SchoolWithAnAppraisal healthy = SchoolWithAnAppraisal.createdThrough(admin);
        caughtUp(PROCESSOR);

        try (ProjectionFault fault = ProjectionFault.refusingObjectivesOf(jdbc, poisoned.appraisalId())) {
            admin.expect(201, admin.setObjective(poisoned.appraisalId(), UUID.randomUUID(), "Lead phonics"));
            long poisonIndex = events.lastGlobalIndex();
            admin.expect(201, admin.setObjective(healthy.appraisalId(), UUID.randomUUID(), "Run the reading club"));
            admin.expect(201, admin.setObjective(poisoned.appraisalId(), UUID.randomUUID(), "Mentor an ECT"));
            caughtUp(PROCESSOR);

            assertThat(objectiveTitles(healthy.appraisalId()))
                    .containsExactlyInAnyOrder("Raise Year 4 reading fluency", "Run the reading club");
            assertThat(objectiveTitles(poisoned.appraisalId())).containsExactly("Raise Year 4 reading fluency");
            JsonNode status = processorStatus();
            assertThat(status.path("running").asBoolean()).isTrue();
            assertThat(status.path("failing")).isEqualTo(BooleanNode.FALSE);

            JsonNode sequence = parkedSequence(poisoned.appraisalId());
            assertThat(sequence.path("size").asLong()).isEqualTo(2);
            JsonNode failed = sequence.path("events").get(0);
            assertThat(failed.path("eventType").asText()).isEqualTo("ObjectiveSet");
            assertThat(failed.path("aggregateId").asText()).isEqualTo(poisoned.appraisalId().toString());
            assertThat(failed.path("aggregateSequenceNumber").asLong()).isEqualTo(2);
            assertThat(failed.path("globalIndex").asLong()).isEqualTo(poisonIndex);
            assertThat(failed.path("causeType").asText()).isEqualTo(
                    "org.springframework.dao.DataIntegrityViolationException");
            assertThat(failed.path("causeMessage").asText()).contains(fault.constraint());
            assertThat(failed.path("enqueuedAt").asText()).isNotBlank();
            assertThat(failed.path("lastTouched").asText()).isNotBlank();
            JsonNode waiting = sequence.path("events").get(1);
            assertThat(waiting.path("aggregateSequenceNumber").asLong()).isEqualTo(3);
            assertThat(waiting.path("causeType").isNull()).isTrue();

            fault.mend();
            JsonNode retried = admin.read(admin.post(PARKED + "/" + poisoned.appraisalId() + "/retry", ""));

            assertThat(texts(retried.path("applied"))).containsExactly(poisoned.appraisalId().toString());
            assertThat(texts(retried.path("stillParked"))).isEmpty();
            assertThat(parkedSequence(poisoned.appraisalId()).isMissingNode()).isTrue();
            assertThat(objectiveTitles(poisoned.appraisalId()))
                    .containsExactlyInAnyOrder("Raise Year 4 reading fluency", "Lead phonics", "Mentor an ECT");
        }
    }

    @Test
    void aRetryOfEverySequenceAppliesTheMendedOnesAndAnEvictedSequenceIsGivenUpUntilAReplay() {
        SchoolWithAnAppraisal mended = SchoolWithAnAppraisal.createdThrough(admin);
        SchoolWithAnAppraisal givenUp = SchoolWithAnAppraisal.createdThrough(admin);
        caughtUp(PROCESSOR);

        try (ProjectionFault first = ProjectionFault.refusingObjectivesOf(jdbc, mended.appraisalId());
             ProjectionFault second = ProjectionFault.refusingObjectivesOf(jdbc, givenUp.appraisalId())) {
            admin.expect(201, admin.setObjective(mended.appraisalId(), UUID.randomUUID(), "Lead phonics"));
            admin.expect(201, admin.setObjective(givenUp.appraisalId(), UUID.randomUUID(), "Mentor an ECT"));
            caughtUp(PROCESSOR);

            JsonNode stillFailing = admin.read(admin.post(PARKED + "/retry", ""));
            assertThat(texts(stillFailing.path("stillParked")))
                    .contains(mended.appraisalId().toString(), givenUp.appraisalId().toString());

            first.mend();
            JsonNode retried = admin.read(admin.post(PARKED + "/retry", ""));
            assertThat(texts(retried.path("applied"))).contains(mended.appraisalId().toString());
            assertThat(texts(retried.path("stillParked"))).contains(givenUp.appraisalId().toString());
            assertThat(objectiveTitles(mended.appraisalId())).contains("Lead phonics");

            admin.expect(204, admin.delete(PARKED + "/" + givenUp.appraisalId()));
            assertThat(parkedSequence(givenUp.appraisalId()).isMissingNode()).isTrue();
            assertThat(objectiveTitles(givenUp.appraisalId())).doesNotContain("Mentor an ECT");

            second.mend();
            admin.expect(202, admin.post("/api/admin/processors/" + PROCESSOR + "/replay", ""));
            caughtUp(PROCESSOR);
            assertThat(objectiveTitles(givenUp.appraisalId())).contains("Mentor an ECT");
        }
    }

    @Test
    void aBatchWithoutFailuresIsAppliedWithoutASavepointPerHandler() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        caughtUp(PROCESSOR);
        // the cycle allows five objectives, one of them set already
        List<UUID> objectives = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        whileTheProcessorIsStopped(() -> objectives.forEach(objective ->
                admin.expect(201, admin.setObjective(school.appraisalId(), objective, "Objective " + objective))));
        caughtUp(PROCESSOR);

        // a row written in a savepoint carries the savepoint's own transaction id; rows written in one batch without
        // savepoints all carry the batch's
        long transactions = jdbc.sql("""
                        SELECT count(DISTINCT xmin::text) FROM appraisal_summary_objective
                        WHERE objective_id IN (:objectives)""")
                .param("objectives", objectives).query(Long.class).single();
        assertThat(objectiveTitles(school.appraisalId())).hasSize(1 + objectives.size());
        assertThat(transactions).isLessThan(objectives.size());
    }

    @Test
    void aPoisonEventInTheMiddleOfABatchIsParkedAloneAndTheRestOfTheBatchIsApplied() {
        SchoolWithAnAppraisal poisoned = SchoolWithAnAppraisal.createdThrough(admin);
        SchoolWithAnAppraisal neighbour = inTheSameSegmentAs(poisoned);
        caughtUp(PROCESSOR);

        try (ProjectionFault fault = ProjectionFault.refusingObjectivesOf(jdbc, poisoned.appraisalId())) {
            whileTheProcessorIsStopped(() -> {
                admin.expect(201, admin.setObjective(neighbour.appraisalId(), UUID.randomUUID(), "Before the poison"));
                admin.expect(201, admin.setObjective(poisoned.appraisalId(), UUID.randomUUID(), "Lead phonics"));
                admin.expect(201, admin.setObjective(neighbour.appraisalId(), UUID.randomUUID(), "After the poison"));
            });
            caughtUp(PROCESSOR);

            assertThat(objectiveTitles(neighbour.appraisalId())).containsExactlyInAnyOrder(
                    "Raise Year 4 reading fluency", "Before the poison", "After the poison");
            assertThat(objectiveTitles(poisoned.appraisalId())).containsExactly("Raise Year 4 reading fluency");
            assertThat(parkedSequence(poisoned.appraisalId()).path("size").asLong()).isEqualTo(1);
            assertThat(parkedSequence(neighbour.appraisalId()).isMissingNode()).isTrue();
        }
        admin.expect(204, admin.delete(PARKED + "/" + poisoned.appraisalId()));
    }

    /** Events appended meanwhile wait, so that the processor takes them up in one batch when it starts again. */
    private void whileTheProcessorIsStopped(Runnable commands) {
        EventProcessor processor = processing.eventProcessor(PROCESSOR).orElseThrow();
        processor.shutDown();
        try {
            commands.run();
        } finally {
            processor.start();
        }
    }

    /** Another appraisal whose events the processor applies in the same segment, so in the same batches. */
    private SchoolWithAnAppraisal inTheSameSegmentAs(SchoolWithAnAppraisal school) {
        Segment[] segments = Segment.computeSegments(tokens.fetchSegments(PROCESSOR));
        Segment itsSegment = Arrays.stream(segments)
                .filter(segment -> segment.matches(school.appraisalId().toString())).findFirst().orElseThrow();
        for (int attempt = 0; attempt < 20; attempt++) {
            SchoolWithAnAppraisal other = SchoolWithAnAppraisal.createdThrough(admin);
            if (itsSegment.matches(other.appraisalId().toString())) {
                return other;
            }
        }
        throw new AssertionError("no appraisal in the segment of " + school.appraisalId());
    }

    @Test
    void unknownProcessorsAndSequencesAreRefusedWithTheirCodesAndOnlyAnAdministratorSeesDeadLetters() {
        assertThat(admin.refusal(404, admin.get("/api/admin/processors/no-such-thing/dead-letters")))
                .isEqualTo("processor-not-found");
        assertThat(admin.refusal(404, admin.post(PARKED + "/" + UUID.randomUUID() + "/retry", "")))
                .isEqualTo("dead-letters-not-found");
        assertThat(admin.refusal(404, admin.delete(PARKED + "/" + UUID.randomUUID())))
                .isEqualTo("dead-letters-not-found");
        assertThat(admin.refusal(409, admin.get("/api/admin/processors/appraisal-lookups/dead-letters")))
                .isEqualTo("processor-without-dead-letters");
        UUID school = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(school, "Oakfield Primary"));
        Api headteacher = headteacherOf(school);
        assertThat(headteacher.refusal(403, headteacher.get(PARKED))).isEqualTo("forbidden");
        assertThat(headteacher.refusal(403, headteacher.post(PARKED + "/retry", ""))).isEqualTo("forbidden");
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
