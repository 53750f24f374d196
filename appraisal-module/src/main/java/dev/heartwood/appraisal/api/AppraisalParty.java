package dev.heartwood.appraisal.api;

/** The two people who agree objectives and sign off the review. */
public enum AppraisalParty {
    APPRAISEE,
    APPRAISER
}
