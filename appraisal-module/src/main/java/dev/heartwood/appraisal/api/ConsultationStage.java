package dev.heartwood.appraisal.api;

/** When governors must consult the external adviser in a headteacher's appraisal. */
public enum ConsultationStage {
    OBJECTIVE_SETTING,
    FINAL_REVIEW
}
