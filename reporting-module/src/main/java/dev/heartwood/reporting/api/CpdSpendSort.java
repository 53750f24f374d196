package dev.heartwood.reporting.api;

/**
 * The orders the CPD hours and spend report can be read in. Each ends on the grouping's own order, which ends on
 * the group's key, so that pages are stable.
 */
public enum CpdSpendSort {
    /**
     * by the group's label: people and schools by name, types by name, terms in the order of the year, priorities
     * by title with learning linked to none last
     */
    LABEL(""),
    /** the most hours completed first, then the most approved, then the most requested */
    HOURS("completed_hours DESC, approved_hours DESC, requested_hours DESC, "),
    /** the highest cost completed first, then approved, then requested */
    COST("completed_cost DESC, approved_cost DESC, requested_cost DESC, ");

    private final String before;

    CpdSpendSort(String before) {
        this.before = before;
    }

    /** The ORDER BY of the report's groups, whose columns are named as in {@link CpdSpendRow}. */
    public String orderBy(CpdGrouping by) {
        return before + by.order;
    }

    /** Reads the request's {@code label}, {@code hours} or {@code cost}. */
    public static CpdSpendSort named(String name) {
        return switch (name) {
            case "label" -> LABEL;
            case "hours" -> HOURS;
            case "cost" -> COST;
            default -> throw new IllegalArgumentException("No CPD report is sorted by " + name);
        };
    }
}
