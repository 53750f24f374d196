package dev.heartwood.kernel;

/**
 * The metadata every command and event carries (DESIGN §5). Set by interceptors from the authenticated
 * caller and the request, never from a request body.
 */
public final class MetadataKeys {

    /** The staff member or service account that caused the message. */
    public static final String ACTOR_ID = "actorId";
    /** The role the actor acted in. */
    public static final String ACTOR_ROLE = "actorRole";
    /** The school the actor acted for, where there is one. */
    public static final String SCHOOL_ID = "schoolId";
    /** The trust the actor acted for, where there is one. */
    public static final String TRUST_ID = "trustId";
    /** Shared by every message that follows from one request. */
    public static final String CORRELATION_ID = "correlationId";
    /** The identifier of the message (or request) that directly caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** Shared by the commands and events of one bulk request (one per person). */
    public static final String BATCH_ID = "batchId";
    /** Why, where a rule asks for a reason (a reopening, a withdrawal). */
    public static final String REASON = "reason";

    private MetadataKeys() {
    }
}
