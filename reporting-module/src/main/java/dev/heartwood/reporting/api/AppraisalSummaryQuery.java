package dev.heartwood.reporting.api;

import dev.heartwood.kernel.AppraisalId;

/** Asks for the summary of one appraisal; answered with an optional {@link AppraisalSummaryView}. */
public record AppraisalSummaryQuery(AppraisalId appraisalId) {
}
