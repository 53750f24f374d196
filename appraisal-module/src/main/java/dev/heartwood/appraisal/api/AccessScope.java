package dev.heartwood.appraisal.api;

/** Where a granted role applies: the person's own school, or every school of its trust. */
public enum AccessScope {
    SCHOOL,
    TRUST
}
