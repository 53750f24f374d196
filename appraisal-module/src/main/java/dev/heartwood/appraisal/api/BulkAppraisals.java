package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.StaffId;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Work for a whole school at once, which the API's bulk endpoints and the cycle pages both send here: one command,
 * and so one event, per person, each carrying the request's batch id. Identifiers are derived from the cycle (or the
 * batch) and the person, so sending a batch again creates nothing twice. One person's refusal does not stop the
 * others: it is reported with its reason.
 */
public interface BulkAppraisals {

    /**
     * A person the request could not be carried out for, and why.
     *
     * @param reason the refusal's message, in words for the school's leaders
     */
    record Refusal(UUID staffId, String code, String reason) {
    }

    record Opened(UUID staffId, UUID appraisalId) {
    }

    record OpeningReport(List<Opened> opened, List<Refusal> ineligible) {
    }

    record ObjectiveSetFor(UUID staffId, UUID appraisalId, UUID objectiveId) {
    }

    record ObjectiveReport(List<ObjectiveSetFor> set, List<Refusal> skipped) {
    }

    /** Whom one objective is set for: people named, or a group of the cycle chosen when the request is made. */
    sealed interface Group {

        /** The people named, whether or not they have an appraisal in the cycle. */
        record Named(List<StaffId> staff) implements Group {
        }

        /** Everyone whose appraisal in the cycle is under way (not exempt, completed or terminated). */
        record UnderWay() implements Group {
        }

        /**
         * The school's current staff in one category (none whose leaving day is past), whether or not they have an
         * appraisal.
         */
        record InCategory(StaffCategory category) implements Group {
        }

        /** The appraisees of one appraiser whose appraisals in the cycle are under way. */
        record AppraiseesOf(StaffId appraiserId) implements Group {
        }
    }

    /**
     * Starts an appraisal, with their line manager as appraiser, for everyone on the school's staff.
     *
     * @throws dev.heartwood.kernel.DomainRuleViolation {@link AppraisalErrorCode#CYCLE_NOT_FOUND}
     */
    OpeningReport openAppraisals(CycleId cycleId, UUID batchId);

    /**
     * Sets the same objective in the cycle's appraisal of each person of the group, on the day given or today. A group
     * with no one in it sets nothing and skips no one.
     *
     * @throws dev.heartwood.kernel.DomainRuleViolation {@link AppraisalErrorCode#CYCLE_NOT_FOUND}
     */
    ObjectiveReport setObjective(CycleId cycleId, UUID batchId, Group group, PersonalText title,
                                 PersonalText successCriteria, List<String> standards, List<PriorityId> priorities,
                                 LocalDate on);
}
