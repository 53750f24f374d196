package dev.heartwood.reporting.planted;

import dev.heartwood.web.FormProblem;

/** A planted violation: no module depends on the pages. */
public class ReportingShowingAPage {

    public Class<?> formProblem() {
        return FormProblem.class;
    }
}
