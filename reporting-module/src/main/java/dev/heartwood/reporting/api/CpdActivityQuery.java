package dev.heartwood.reporting.api;

import dev.heartwood.kernel.CpdActivityId;

/**
 * Asks for one piece of professional learning with every step taken on it, as its owner reads it: the request or
 * the log, the decision, the completion, the reflections, the evaluations of its impact and what it has served over
 * time; answered with an optional {@link CpdActivityView}. It is read from the learning's own events, so it shows a
 * step as soon as the step is recorded.
 */
public record CpdActivityQuery(CpdActivityId activityId) {
}
