package dev.heartwood.reporting.api;

/**
 * The orders a person's training completions can be read in; each ends on the requirement id so that pages are
 * stable. A request names one as {@code date} or {@code requirement}.
 */
public enum TrainingCompletionSort {
    /** the latest first, then by the requirement's title */
    DATE("date"),
    /** by the requirement's title, each requirement's latest first */
    REQUIREMENT("requirement");

    private final String word;

    TrainingCompletionSort(String word) {
        this.word = word;
    }

    /** The word a request names it by. */
    @Override
    public String toString() {
        return word;
    }
}
