package dev.heartwood.reporting.api;

import dev.heartwood.kernel.CycleId;

/** Asks for one appraisal cycle; answered with an optional {@link CycleView}. */
public record CycleQuery(CycleId cycleId) {
}
