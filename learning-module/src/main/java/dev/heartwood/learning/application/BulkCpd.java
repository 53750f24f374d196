package dev.heartwood.learning.application;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.CompletedLearning;
import dev.heartwood.learning.api.CpdLinks;
import dev.heartwood.learning.api.LogCompletedCpd;
import dev.heartwood.learning.cpd.CpdRules;
import dev.heartwood.learning.cpd.SchoolRecords;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.heartwood.learning.api.CpdErrorCode.SCHOOL_NOT_FOUND;

/**
 * One piece of learning recorded for many people at once, such as an INSET day or a twilight session from its
 * attendance list: one command, and so one event, per person, each carrying the request's batch id. Each person's
 * activity id is derived from the batch and the person, so sending the batch again records nothing twice. One
 * person's refusal does not stop the others: it is reported with its reason.
 */
@Component
public class BulkCpd {

    public record Recorded(UUID staffId, UUID activityId) {
    }

    /** A person the learning could not be recorded for, and why. */
    public record Refusal(UUID staffId, String code, String reason) {
    }

    public record Report(List<Recorded> recorded, List<Refusal> refused) {
    }

    private final CommandGateway commands;
    private final SchoolRecords records;
    private final Clock clock;

    BulkCpd(CommandGateway commands, SchoolRecords records, Clock clock) {
        this.commands = commands;
        this.records = records;
        this.clock = clock;
    }

    /**
     * Records the learning as completed by each of the people named, or, when none are named, by everyone on the
     * school's staff today (governors aside).
     */
    public Report record(SchoolId schoolId, UUID batchId, List<StaffId> attendees, CompletedLearning learning,
                         List<PriorityId> priorities) {
        if (!records.schoolExists(schoolId)) {
            throw new DomainRuleViolation(SCHOOL_NOT_FOUND, "No school " + schoolId + " is registered");
        }
        List<StaffId> people = attendees.isEmpty() ? staffToday(schoolId) : attendees;
        CpdLinks links = new CpdLinks(List.of(), List.of(), priorities);
        List<Recorded> recorded = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (StaffId person : people) {
            try {
                // someone at another school is answered as someone unknown, as the command answers for them
                records.staffMember(person).filter(onRecord -> onRecord.schoolId().equals(schoolId))
                        .orElseThrow(() -> CpdRules.staffMemberNotFound(person));
                CpdActivityId activityId = new CpdActivityId(UUID.nameUUIDFromBytes(
                        ("heartwood-cpd:" + batchId + ":" + person).getBytes(StandardCharsets.UTF_8)));
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                                new LogCompletedCpd(activityId, person, learning, links))
                        .andMetaData(Map.of(MetadataKeys.BATCH_ID, batchId.toString())));
                recorded.add(new Recorded(person.value(), activityId.value()));
            } catch (DomainRuleViolation refusal) {
                refused.add(new Refusal(person.value(), refusal.getErrorCode().code(), refusal.getMessage()));
            }
        }
        return new Report(recorded, refused);
    }

    private List<StaffId> staffToday(SchoolId schoolId) {
        LocalDate today = SchoolTime.today(clock);
        return records.staffOf(schoolId).stream()
                .filter(person -> person.category() != StaffCategory.GOVERNOR && !person.hadLeftBy(today))
                .map(SchoolRecords.StaffOnRecord::staffId)
                .toList();
    }
}
