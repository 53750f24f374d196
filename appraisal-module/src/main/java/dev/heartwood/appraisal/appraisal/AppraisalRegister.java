package dev.heartwood.appraisal.appraisal;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.StaffId;

import java.util.List;
import java.util.Optional;

/** Which appraisals exist, as rules such as "one appraisal per person and cycle" need to know before deciding. */
public interface AppraisalRegister {

    Optional<AppraisalId> appraisalOf(StaffId appraiseeId, CycleId cycleId);

    /** Appraisals of the person that are under way (not exempt, completed or terminated). */
    List<AppraisalId> openAppraisalsOf(StaffId appraiseeId);

    /**
     * The appraisees whose appraisal in the cycle is under way, by their staff id; with an {@code appraiserId}, only
     * that appraiser's.
     */
    List<StaffId> appraiseesUnderWay(CycleId cycleId, Optional<StaffId> appraiserId);

    /** When the steps of an appraisal that exists can have happened: from its cycle's and its appraisee's start. */
    StepDays stepDaysOf(AppraisalId appraisalId);
}
