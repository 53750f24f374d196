package dev.heartwood.infra;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a test is given, created through the API and named as a school would: trusts and schools, their staff and
 * priorities, the year's appraisal cycles, appraisals and objectives, and professional learning with its links.
 * Every method answers the identifier of what it created.
 */
public record Given(Api api) {

    /** Learning is asked for and decided on early in the school year, when objectives are set. */
    public static final String ASKED_ON = "2025-09-08";

    public UUID trust(String name) {
        UUID trustId = UUID.randomUUID();
        api.expect(201, api.post("/api/trusts", """
                {"trustId": "%s", "name": "%s"}""".formatted(trustId, name)));
        return trustId;
    }

    /** A school of the trust, or one that stands alone when {@code trustId} is null. */
    public UUID school(UUID trustId, String name) {
        return school(UUID.randomUUID(), trustId, name);
    }

    public UUID school(UUID schoolId, UUID trustId, String name) {
        api.expect(201, api.post("/api/schools", """
                {"schoolId": "%s", "trustId": %s, "name": "%s", "type": "ACADEMY"}"""
                .formatted(schoolId, trustId == null ? "null" : "\"" + trustId + "\"", name)));
        return schoolId;
    }

    public UUID teacher(UUID schoolId, String name) {
        UUID staffId = UUID.randomUUID();
        api.expect(201, api.registerTeacher(schoolId, staffId, name));
        return staffId;
    }

    /** A priority for the year; its title is JSON string content, so "\\n" stands for a line break. */
    public UUID priority(UUID schoolId, String academicYear, String title) {
        UUID priorityId = UUID.randomUUID();
        api.expect(201, api.post("/api/schools/" + schoolId + "/priorities", """
                {"priorityId": "%s", "academicYear": "%s", "title": "%s"}"""
                .formatted(priorityId, academicYear, title)));
        return priorityId;
    }

    public UUID cycle(UUID schoolId, String academicYear) {
        UUID cycleId = UUID.randomUUID();
        api.expect(201, api.post("/api/schools/" + schoolId + "/cycles", """
                {"cycleId": "%s", "academicYear": "%s", "payPolicy": "NOT_PERFORMANCE_RELATED"}"""
                .formatted(cycleId, academicYear)));
        return cycleId;
    }

    public UUID appraisal(UUID cycleId, UUID appraiseeId, UUID appraiserId) {
        UUID appraisalId = UUID.randomUUID();
        api.expect(201, api.startAppraisal(appraisalId, cycleId, appraiseeId, appraiserId));
        return appraisalId;
    }

    public UUID objective(UUID appraisalId, UUID... priorities) {
        return objective(appraisalId, List.of("TS2"), priorities);
    }

    /** An objective serving these standards of the Teachers' Standards, and these priorities. */
    public UUID objective(UUID appraisalId, List<String> standards, UUID... priorities) {
        UUID objectiveId = UUID.randomUUID();
        api.expect(201, api.post("/api/appraisals/" + appraisalId + "/objectives", """
                {"objectiveId": "%s", "title": "Raise reading fluency", "successCriteria": "Seen in reading checks",
                 "standards": %s, "priorities": %s}""".formatted(objectiveId, standards.stream()
                .map(code -> '"' + code + '"').collect(Collectors.joining(", ", "[", "]")),
                ids(List.of(priorities)))));
        return objectiveId;
    }

    public void withdraw(UUID appraisalId, UUID objectiveId) {
        api.expect(204, api.post("/api/appraisals/" + appraisalId + "/objectives/" + objectiveId + "/withdrawal",
                "{\"reason\": \"Class changed\"}"));
    }

    public void finalReview(UUID appraisalId, String heldOn) {
        api.expect(204, api.post("/api/appraisals/" + appraisalId + "/final-review",
                "{\"heldOn\": \"" + heldOn + "\"}"));
    }

    public void outcome(UUID appraisalId, UUID objectiveId, String outcome) {
        api.expect(204, api.put("/api/appraisals/" + appraisalId + "/objectives/" + objectiveId + "/outcome",
                "{\"outcome\": \"" + outcome + "\"}"));
    }

    /**
     * Learning asked for on {@link #ASKED_ON}, starting and ending on {@code on}, serving the objectives and
     * priorities given.
     */
    public UUID request(UUID staffId, String type, String on, String hours, String cost, String coverDays,
                 List<UUID> objectives, List<UUID> priorities) {
        UUID activityId = UUID.randomUUID();
        api.expect(201, api.post("/api/staff/" + staffId + "/cpd-activities", """
                {"activityId": "%s", "title": "Learning", "type": "%s", "startsOn": "%s", "endsOn": "%s",
                 "expectedHours": %s, "cost": %s, "coverDays": %s, "intendedImpact": "Better reading",
                 "links": {"objectives": %s, "priorities": %s}, "on": "%s"}"""
                .formatted(activityId, type, on, on, hours, cost, coverDays, ids(objectives), ids(priorities),
                        ASKED_ON)));
        return activityId;
    }

    /** Learning recorded afterwards as completed on {@code on}. */
    public UUID log(UUID staffId, String type, String on, String hours, String cost, List<UUID> objectives,
             List<UUID> priorities) {
        UUID activityId = UUID.randomUUID();
        api.expect(201, api.post("/api/staff/" + staffId + "/completed-cpd-activities", """
                {"activityId": "%s", "title": "Learning", "type": "%s", "startedOn": "%s", "completedOn": "%s",
                 "hours": %s, "cost": %s, "links": {"objectives": %s, "priorities": %s}}"""
                .formatted(activityId, type, on, on, hours, cost, ids(objectives), ids(priorities))));
        return activityId;
    }

    /** Approved on the day it was asked for. */
    public void approve(UUID activityId) {
        api.expect(204, api.post("/api/cpd-activities/" + activityId + "/approval",
                "{\"on\": \"" + ASKED_ON + "\"}"));
    }

    public void decline(UUID activityId) {
        api.expect(204, api.post("/api/cpd-activities/" + activityId + "/decline",
                "{\"reason\": \"No budget\", \"on\": \"" + ASKED_ON + "\"}"));
    }

    public void complete(UUID activityId, String on, String hours, String cost) {
        api.expect(204, api.post("/api/cpd-activities/" + activityId + "/completion", """
                {"completedOn": "%s", "hours": %s, "cost": %s}""".formatted(on, hours, cost)));
    }

    public void unlinkObjective(UUID activityId, UUID objectiveId) {
        api.expect(204, api.delete("/api/cpd-activities/" + activityId + "/links/objectives/" + objectiveId));
    }

    private static String ids(List<UUID> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
}
