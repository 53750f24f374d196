package dev.heartwood.reporting.api;

/** The orders the completion tracker can be read in; each ends on the appraisal id so that pages are stable. */
public enum CompletionSort {
    /** by the appraisee's name */
    NAME("staff_name, appraisal_id"),
    /** by status, then name */
    STATUS("status, staff_name, appraisal_id"),
    /** the latest first, then by name */
    DAYS_LATE("days_late DESC NULLS LAST, staff_name, appraisal_id");

    private final String orderBy;

    CompletionSort(String orderBy) {
        this.orderBy = orderBy;
    }

    public String orderBy() {
        return orderBy;
    }

    /** Reads the request's {@code name}, {@code status} or {@code daysLate}. */
    public static CompletionSort named(String name) {
        return switch (name) {
            case "name" -> NAME;
            case "status" -> STATUS;
            case "daysLate" -> DAYS_LATE;
            default -> throw new IllegalArgumentException("No completion tracker is sorted by " + name);
        };
    }
}
