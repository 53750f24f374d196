package dev.heartwood.reporting.api;

/**
 * The orders the CPD hours and spend report can be read in. Each ends on the grouping's own order, which ends on
 * the group's key, so that pages are stable. A request names one as {@code label}, {@code hours} or {@code cost}.
 */
public enum CpdSpendSort {
    /**
     * by the group's label: people and schools by name, types by name, terms in the order of the year, priorities
     * by title with learning linked to none last
     */
    LABEL("label"),
    /** the most hours completed first, then the most approved, then the most requested */
    HOURS("hours"),
    /** the highest cost completed first, then approved, then requested */
    COST("cost");

    private final String word;

    CpdSpendSort(String word) {
        this.word = word;
    }

    /** The word a request names it by. */
    @Override
    public String toString() {
        return word;
    }
}
