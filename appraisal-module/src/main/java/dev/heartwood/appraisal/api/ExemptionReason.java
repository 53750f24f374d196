package dev.heartwood.appraisal.api;

/** Why a person is not appraised this cycle, as the 2012 Regulations and most academy policies allow. */
public enum ExemptionReason {
    /** Early career teachers are assessed through induction instead. */
    INDUCTION,
    /** Appraisal is suspended while a capability procedure runs. */
    CAPABILITY_PROCEDURE,
    /** Employed for less than one school term. */
    CONTRACT_UNDER_ONE_TERM
}
