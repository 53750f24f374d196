package dev.heartwood.web.planted;

import dev.heartwood.reporting.training.TrainingQueries;

/** A planted violation: the pages ask reporting's query messages through the query gateway, never its beans. */
public class PageAskingAReportsBean {

    public Class<?> training() {
        return TrainingQueries.class;
    }
}
