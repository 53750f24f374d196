package dev.heartwood.appraisal.cycle;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.SchoolId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The open cycles as a test's "given". */
public class KnownCycles implements Cycles {

    private final Map<CycleId, CycleFacts> cycles = new HashMap<>();

    public KnownCycles knows(CycleFacts cycle) {
        cycles.put(cycle.cycleId(), cycle);
        return this;
    }

    @Override
    public Optional<CycleFacts> cycle(CycleId cycleId) {
        return Optional.ofNullable(cycles.get(cycleId));
    }

    @Override
    public Optional<CycleId> cycleFor(SchoolId schoolId, AcademicYear academicYear) {
        return cycles.values().stream()
                .filter(cycle -> cycle.schoolId().equals(schoolId) && cycle.academicYear().equals(academicYear))
                .map(CycleFacts::cycleId)
                .findFirst();
    }
}
