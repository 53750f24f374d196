package dev.heartwood.reporting.api;

/**
 * The orders the objectives and learning report can be read in. Each ends on the year, the priority id and the
 * standard (none on the whole year's row, which comes first), which together name one row, so that pages are
 * stable. A request names one as {@code year}, {@code priority} or {@code linkedHours}. Grouped by standard, the
 * standards take the priorities' place, named by their codes.
 */
public enum ObjectivesAndLearningSort {
    /** year by year, each year's whole row first, then its priorities by title */
    YEAR("year"),
    /** the whole years' rows first, year by year, then the priorities by title, each title's years side by side */
    PRIORITY("priority"),
    /** year by year, each year's whole row first, then its priorities with the most linked hours first */
    LINKED_HOURS("linkedHours");

    private final String word;

    ObjectivesAndLearningSort(String word) {
        this.word = word;
    }

    /** The word a request names it by. */
    @Override
    public String toString() {
        return word;
    }
}
