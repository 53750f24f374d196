package dev.heartwood.infra.planted;

import dev.heartwood.reporting.query.KnownSchools;

/** A planted violation: infra reaches reporting through its api only, not through the beans that read its tables. */
public class InfraReadingAReportsTables {

    public Class<?> schools() {
        return KnownSchools.class;
    }
}
