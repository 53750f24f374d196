package dev.heartwood.reporting.query;

import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Reads a report in one read-only snapshot, so that its rows, total and freshness agree while projections apply
 * events between its statements: for reports their controllers read directly. The query bus gives every query
 * handler the same transaction.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
public @interface OneSnapshot {
}
