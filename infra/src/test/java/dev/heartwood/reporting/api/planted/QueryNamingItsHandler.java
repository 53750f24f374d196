package dev.heartwood.reporting.api.planted;

import dev.heartwood.reporting.query.KnownSchools;

/** A planted violation: a message of reporting's api that names one of the module's own beans. */
public record QueryNamingItsHandler(KnownSchools handler) {
}
