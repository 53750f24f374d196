package dev.heartwood.appraisal.planted;

import dev.heartwood.reporting.api.AppraisalSummaryQuery;

/** A planted violation: the appraisal module must not depend on reporting. */
public class AppraisalReadingAReport {

    public Class<?> query() {
        return AppraisalSummaryQuery.class;
    }
}
