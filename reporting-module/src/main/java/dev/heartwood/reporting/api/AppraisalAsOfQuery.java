package dev.heartwood.reporting.api;

import dev.heartwood.kernel.AppraisalId;

import java.time.Instant;

/** Asks for an appraisal as it stood at an instant; answered with an optional {@link AppraisalAsOfView}. */
public record AppraisalAsOfQuery(AppraisalId appraisalId, Instant at) {
}
