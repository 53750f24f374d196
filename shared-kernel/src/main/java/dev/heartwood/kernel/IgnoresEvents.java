package dev.heartwood.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the events that a reader of events (a projection, a lookup, a policy, an as-of view, the timeline)
 * deliberately leaves alone, beside those it handles. A reader follows the records whose events it handles, and must
 * place every event of those records: handle it, or name it here. The event registry test holds every reader to that,
 * so whoever adds an event decides, for each reader, what it means there. (The audit log takes every event, and the
 * redaction of histories finds what it withholds by type, so neither needs a list.)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface IgnoresEvents {

    /** The events, each a {@code @Revision} record, that this reader passes over. */
    Class<?>[] value();
}
