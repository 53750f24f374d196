package dev.heartwood.testing;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ErrorCode;
import org.hamcrest.Matcher;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;

/** Matches the refusal of a command for one rule, as an aggregate test fixture expects it. */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<Object> refusedWith(ErrorCode code) {
        return allOf(instanceOf(DomainRuleViolation.class), hasProperty("errorCode", is(code)));
    }
}
