package dev.heartwood.reporting.api;

import java.util.List;
import java.util.UUID;

/**
 * What a person's learning can serve in a year, each with the words a page offers it by: objectives (in the order
 * they were set) and development needs (in the order they were identified) of the person's appraisal for the year,
 * and their school's priorities for the year (by title).
 */
public record LearningLinkOptionsView(List<Option> objectives, List<Option> developmentNeeds,
                                      List<Option> priorities) {

    /** @param label the objective's title, the need's description or the priority's title */
    public record Option(UUID id, String label) {
    }
}
