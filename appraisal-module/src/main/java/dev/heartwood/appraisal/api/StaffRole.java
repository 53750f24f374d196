package dev.heartwood.appraisal.api;

/** A responsibility beyond a person's post; several carry mandatory training of their own. */
public enum StaffRole {
    DSL,
    DEPUTY_DSL,
    FIRST_AIDER,
    PAEDIATRIC_FIRST_AIDER,
    MENTAL_HEALTH_FIRST_AIDER,
    SENCO,
    FIRE_WARDEN
}
