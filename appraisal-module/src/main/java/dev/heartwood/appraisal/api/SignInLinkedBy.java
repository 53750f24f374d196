package dev.heartwood.appraisal.api;

/** How a sign-in identity came to be linked to a staff record. */
public enum SignInLinkedBy {
    /** The person's first sign-in, with a verified address that no linked record had. */
    FIRST_SIGN_IN,
    /** An administrator linked it by hand (a new account at the identity provider, a second school). */
    ADMINISTRATOR
}
