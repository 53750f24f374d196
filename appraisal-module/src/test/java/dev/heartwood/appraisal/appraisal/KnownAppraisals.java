package dev.heartwood.appraisal.appraisal;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.StaffId;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The appraisals that already exist, as a test's "given". Their cycle begins on 1 September 2025 and their
 * appraisee joined the school in 2020, unless a test says otherwise.
 */
class KnownAppraisals implements AppraisalRegister {

    private final Map<String, AppraisalId> appraisals = new HashMap<>();
    private StepDays stepDays = new StepDays(LocalDate.of(2025, 9, 1), LocalDate.of(2020, 9, 1));

    KnownAppraisals knows(StaffId appraiseeId, CycleId cycleId, AppraisalId appraisalId) {
        appraisals.put(appraiseeId + "/" + cycleId, appraisalId);
        return this;
    }

    KnownAppraisals beginning(LocalDate cycleStarts, LocalDate appraiseeStarted) {
        stepDays = new StepDays(cycleStarts, appraiseeStarted);
        return this;
    }

    @Override
    public Optional<AppraisalId> appraisalOf(StaffId appraiseeId, CycleId cycleId) {
        return Optional.ofNullable(appraisals.get(appraiseeId + "/" + cycleId));
    }

    @Override
    public List<AppraisalId> openAppraisalsOf(StaffId appraiseeId) {
        return appraisals.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(appraiseeId + "/"))
                .map(Map.Entry::getValue)
                .toList();
    }

    @Override
    public List<StaffId> appraiseesUnderWay(CycleId cycleId, Optional<StaffId> appraiserId) {
        throw new UnsupportedOperationException("The aggregates do not ask whose appraisals are under way");
    }

    @Override
    public StepDays stepDaysOf(AppraisalId appraisalId) {
        return stepDays;
    }
}
