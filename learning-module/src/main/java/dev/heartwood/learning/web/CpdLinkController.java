package dev.heartwood.learning.web;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.learning.api.LinkCpdToDevelopmentNeed;
import dev.heartwood.learning.api.LinkCpdToObjective;
import dev.heartwood.learning.api.LinkCpdToSchoolPriority;
import dev.heartwood.learning.api.UnlinkCpdFromDevelopmentNeed;
import dev.heartwood.learning.api.UnlinkCpdFromObjective;
import dev.heartwood.learning.api.UnlinkCpdFromSchoolPriority;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static dev.heartwood.learning.api.CpdErrorCode.CPD_ACTIVITY_NOT_FOUND;

/**
 * What a piece of learning serves, one link at a time. A PUT makes the link, a DELETE takes it back; either sent
 * again changes nothing, and each answers 204.
 */
@RestController
@Tag(name = "Learning")
@RequestMapping("/api/cpd-activities/{activityId}/links")
class CpdLinkController {

    private final Commands commands;

    CpdLinkController(Commands commands) {
        this.commands = commands;
    }

    @Operation(summary = "Link learning to one of the person's appraisal objectives")
    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER})
    @PutMapping("/objectives/{objectiveId}")
    ResponseEntity<Void> linkObjective(@PathVariable UUID activityId, @PathVariable UUID objectiveId) {
        return change(activityId, new LinkCpdToObjective(new CpdActivityId(activityId), new ObjectiveId(objectiveId)));
    }

    @Operation(summary = "Take back the link between learning and an objective")
    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER})
    @DeleteMapping("/objectives/{objectiveId}")
    ResponseEntity<Void> unlinkObjective(@PathVariable UUID activityId, @PathVariable UUID objectiveId) {
        return change(activityId, new UnlinkCpdFromObjective(new CpdActivityId(activityId),
                new ObjectiveId(objectiveId)));
    }

    @Operation(summary = "Link learning to one of the person's development needs")
    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER})
    @PutMapping("/development-needs/{needId}")
    ResponseEntity<Void> linkNeed(@PathVariable UUID activityId, @PathVariable UUID needId) {
        return change(activityId, new LinkCpdToDevelopmentNeed(new CpdActivityId(activityId),
                new DevelopmentNeedId(needId)));
    }

    @Operation(summary = "Take back the link between learning and a development need")
    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER})
    @DeleteMapping("/development-needs/{needId}")
    ResponseEntity<Void> unlinkNeed(@PathVariable UUID activityId, @PathVariable UUID needId) {
        return change(activityId, new UnlinkCpdFromDevelopmentNeed(new CpdActivityId(activityId),
                new DevelopmentNeedId(needId)));
    }

    @Operation(summary = "Link learning to one of the person's school's improvement priorities")
    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER})
    @PutMapping("/priorities/{priorityId}")
    ResponseEntity<Void> linkPriority(@PathVariable UUID activityId, @PathVariable UUID priorityId) {
        return change(activityId, new LinkCpdToSchoolPriority(new CpdActivityId(activityId),
                new PriorityId(priorityId)));
    }

    @Operation(summary = "Take back the link between learning and a school priority")
    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER})
    @DeleteMapping("/priorities/{priorityId}")
    ResponseEntity<Void> unlinkPriority(@PathVariable UUID activityId, @PathVariable UUID priorityId) {
        return change(activityId, new UnlinkCpdFromSchoolPriority(new CpdActivityId(activityId),
                new PriorityId(priorityId)));
    }

    private ResponseEntity<Void> change(UUID activityId, Object command) {
        return commands.change(activityId, CPD_ACTIVITY_NOT_FOUND, command);
    }
}
