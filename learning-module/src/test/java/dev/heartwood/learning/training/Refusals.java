package dev.heartwood.learning.training;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ErrorCode;
import org.hamcrest.Matcher;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;

/** Matches the refusal of a command for one rule. */
final class Refusals {

    private Refusals() {
    }

    static Matcher<Object> refusedWith(ErrorCode code) {
        return allOf(instanceOf(DomainRuleViolation.class), hasProperty("errorCode", is(code)));
    }
}
