package dev.heartwood.appraisal.api;

/** Decides which rules apply: maintained schools must follow the 2012 Appraisal Regulations. */
public enum SchoolType {
    MAINTAINED,
    ACADEMY,
    INDEPENDENT
}
