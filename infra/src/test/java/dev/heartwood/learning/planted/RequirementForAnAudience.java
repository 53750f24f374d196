package dev.heartwood.learning.planted;

import dev.heartwood.kernel.web.Audience;

/** A planted violation: a command naming who may call an endpoint, which is the web side's business. */
public record RequirementForAnAudience(String title, Audience audience) {
}
