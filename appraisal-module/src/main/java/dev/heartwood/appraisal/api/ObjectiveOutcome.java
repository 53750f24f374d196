package dev.heartwood.appraisal.api;

/** How an objective ended the year, decided at the final review. */
public enum ObjectiveOutcome {
    MET,
    PARTIALLY_MET,
    NOT_MET,
    /** Carried into next year's objectives. */
    CONTINUING
}
