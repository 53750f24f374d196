package dev.heartwood.learning.api;

/** The kind of mandatory training a requirement asks for, as schools and inspectors name it. */
public enum TrainingCategory {
    SAFEGUARDING_UPDATE,
    DSL_TRAINING,
    PREVENT,
    FIRST_AID_AT_WORK,
    PAEDIATRIC_FIRST_AID,
    FIRE_SAFETY,
    SAFER_RECRUITMENT,
    OTHER
}
