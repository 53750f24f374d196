package dev.heartwood.web.report;

import java.util.Arrays;
import java.util.Optional;

/** Where an appraisal stands in the completion tracker ({@code CompletionRow.stage}), in the tracker's order. */
public enum Stage {
    OBJECTIVES("Objectives"),
    MID_YEAR_REVIEW("Mid-year review"),
    FINAL_REVIEW("Final review"),
    REPORT("Report"),
    SIGN_OFF("Sign-off"),
    COMPLETED("Completed"),
    EXEMPT("Exempt"),
    TERMINATED("Ended early");

    private final String words;

    Stage(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    static Optional<Stage> named(String name) {
        return Arrays.stream(values()).filter(stage -> stage.name().equals(name)).findFirst();
    }

    static Stage of(String name) {
        return named(name).orElseThrow(() -> new IllegalArgumentException("No stage " + name));
    }
}
