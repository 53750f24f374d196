package dev.heartwood.appraisal.cycle;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.SchoolId;

import java.util.Optional;

/** The cycles that are open, as command handlers need them; current with every accepted command. */
public interface Cycles {

    Optional<CycleFacts> cycle(CycleId cycleId);

    Optional<CycleId> cycleFor(SchoolId schoolId, AcademicYear academicYear);
}
