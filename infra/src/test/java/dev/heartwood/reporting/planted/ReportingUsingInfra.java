package dev.heartwood.reporting.planted;

import dev.heartwood.infra.web.Problems;

/** A planted violation: no module depends on infra. */
public class ReportingUsingInfra {

    public Class<?> problems() {
        return Problems.class;
    }
}
