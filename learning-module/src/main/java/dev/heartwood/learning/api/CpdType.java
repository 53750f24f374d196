package dev.heartwood.learning.api;

/** The kinds of professional learning a school records; reports of hours and spend are grouped by them. */
public enum CpdType {
    COURSE,
    COACHING,
    /** A school's in-service training day or twilight session. */
    INSET,
    NETWORK,
    READING,
    QUALIFICATION,
    OTHER
}
