package dev.heartwood.reporting.api.rebuild;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables a projection writes, and nothing else writes. The application's rebuild (ADR 6) builds fresh copies of
 * its processing group's tables while the live ones keep answering, then puts the copies in their place; a group
 * whose projections do not all declare their tables cannot be rebuilt.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProjectionTables {

    String[] value();
}
