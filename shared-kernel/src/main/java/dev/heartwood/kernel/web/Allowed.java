package dev.heartwood.kernel.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an endpoint. Every endpoint carries one: one without it is refused to everyone.
 * The record the rule applies to is the one the endpoint's path names.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Allowed {

    /** The audiences served; none means administrators only. */
    Audience[] value();

    /**
     * Whether the endpoint shows a person's appraisal (its progress as well as its content), so that a headteacher's
     * own is kept from the staff they line-manage. Always so when the record is an appraisal.
     */
    boolean appraisal() default false;
}
