package dev.heartwood.reporting.api;

/**
 * The orders the completion tracker can be read in; each ends on the appraisal id so that pages are stable. A request
 * names one as {@code name}, {@code status} or {@code daysLate}.
 */
public enum CompletionSort {
    /** by the appraisee's name */
    NAME("name"),
    /** by status, then name */
    STATUS("status"),
    /** the latest first, then by name */
    DAYS_LATE("daysLate");

    private final String word;

    CompletionSort(String word) {
        this.word = word;
    }

    /** The word a request names it by. */
    @Override
    public String toString() {
        return word;
    }
}
