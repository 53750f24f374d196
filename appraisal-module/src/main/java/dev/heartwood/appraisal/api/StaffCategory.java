package dev.heartwood.appraisal.api;

/** Decides the standards a person is appraised against and the training that applies to them. */
public enum StaffCategory {
    TEACHER,
    HEADTEACHER,
    SUPPORT_STAFF,
    EARLY_CAREER_TEACHER,
    GOVERNOR
}
