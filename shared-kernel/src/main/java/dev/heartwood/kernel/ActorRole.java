package dev.heartwood.kernel;

import java.util.Arrays;
import java.util.Optional;

/**
 * The role a caller was admitted in, recorded by name on every command and event they cause
 * ({@link MetadataKeys#ACTOR_ROLE}). The access policy decides it for each request; a rule of the domain that depends
 * on who acts (who may reopen an appraisal, who speaks for a party) reads it back from the metadata.
 */
public enum ActorRole {
    /** A member of staff acting on their own records, or on their school's shared ones. */
    STAFF,
    /** The appraiser an appraisal names, acting on it. */
    APPRAISER,
    /** The headteacher, for their school. */
    HEADTEACHER,
    /** A senior leader by grant, for their school. */
    SENIOR_LEADER,
    /** HR by grant, for a school or a whole trust. */
    HR,
    /** A governor, overseeing the headteacher's appraisal and the school's reports. */
    GOVERNOR,
    /** A leader of the trust, for all its schools. */
    TRUST_LEADER,
    /** Someone who operates the installation, correcting or importing records. */
    ADMINISTRATOR;

    /**
     * The role recorded under this name, if it is one: metadata written by an older version, by a test or by hand
     * may carry no role or another word, and that is no role at all.
     */
    public static Optional<ActorRole> named(String name) {
        return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
    }
}
