package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Answers that tell the truth: a report is behind by the events its processor has still to apply, so 0 when all is
 * applied however long ago its own rows changed; and the audit log filtered by a person shows the events of their
 * appraisal that name only the appraisal.
 */
class TruthfulAnswersTest extends ApiTestBase {

    @Test
    void aReportWhoseProcessorHasAppliedEveryEventIsNotBehindThoughItsRowsChangedLongAgo() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        // later events that the tracker goes through without changing this school's rows
        for (int i = 0; i < 3; i++) {
            admin.expect(201, admin.registerSchool(UUID.randomUUID(), "Elsewhere " + i));
        }
        caughtUp("completion-tracker");
        String tracker = "/api/schools/" + school.schoolId() + "/reports/appraisal-completion?cycleId="
                + school.cycleId();

        JsonNode freshness = await().atMost(Duration.ofSeconds(15))
                .until(() -> admin.read(admin.get(tracker)).path("freshness"),
                        answer -> answer.has("behind") && answer.get("behind").asLong() == 0);

        assertThat(freshness.path("lastEventIndex").asLong()).isLessThan(freshness.path("headIndex").asLong());
    }

    @Test
    void theAuditLogFilteredByAPersonShowsTheirAppraisalsSignOffsCompletionAndReopening() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        school.completedThrough(admin);
        admin.expect(204, admin.post("/api/appraisals/" + school.appraisalId() + "/reopening", "{\"reason\": \"Outcome recorded wrongly\"}"));
        caughtUp("directory");
        caughtUp("audit-log");

        JsonNode teachers = admin.read(admin.get("/api/schools/" + school.schoolId() + "/audit-log?staffId="
                + school.teacherId()));
        JsonNode appraisers = admin.read(admin.get("/api/schools/" + school.schoolId() + "/audit-log?staffId="
                + school.appraiserId()));

        assertThat(teachers.path("rows").findValuesAsText("kind")).containsSubsequence("AppraisalReopened",
                "AppraisalCompleted", "ReviewSignedOff", "ReviewSignedOff", "AppraisalReportIssued",
                "ObjectiveOutcomeRecorded", "FinalReviewHeld", "ObjectiveSet", "AppraisalStarted");
        assertThat(teachers.path("rows").findValuesAsText("staffId")).containsOnly(school.teacherId().toString());
        assertThat(appraisers.path("rows").findValuesAsText("kind")).doesNotContain("AppraisalCompleted");
    }
}
