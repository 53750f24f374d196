package dev.heartwood.reporting.api;

/**
 * The orders a person's training completions can be read in; each ends on the requirement id so that pages are
 * stable. A request names one as {@code date} or {@code requirement}.
 */
public enum TrainingCompletionSort {
    /** the latest first, then by the requirement's title */
    DATE,
    /** by the requirement's title, each requirement's latest first */
    REQUIREMENT
}
