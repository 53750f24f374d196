package dev.heartwood.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field of an event that holds the day the step happened in the world (a meeting, an agreement, a
 * sign-off, a course), as the school recorded it. The event's timestamp is when it was recorded, which may be
 * weeks later; the history and the audit log show both.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface HappenedOn {
}
