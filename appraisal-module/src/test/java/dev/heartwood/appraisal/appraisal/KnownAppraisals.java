package dev.heartwood.appraisal.appraisal;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.StaffId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The appraisals that already exist, as a test's "given". */
class KnownAppraisals implements AppraisalRegister {

    private final Map<String, AppraisalId> appraisals = new HashMap<>();

    KnownAppraisals knows(StaffId appraiseeId, CycleId cycleId, AppraisalId appraisalId) {
        appraisals.put(appraiseeId + "/" + cycleId, appraisalId);
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
}
