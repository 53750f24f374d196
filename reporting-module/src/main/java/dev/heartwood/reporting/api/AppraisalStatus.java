package dev.heartwood.reporting.api;

/** Where an appraisal, or an exemption from one, stands in a list of appraisals; a request names one as written. */
public enum AppraisalStatus {
    UNDER_WAY,
    EXEMPT,
    COMPLETED,
    TERMINATED
}
