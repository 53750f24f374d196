package dev.heartwood.reporting.api;

import dev.heartwood.learning.api.ComplianceStatus;

import java.util.Comparator;

/** The orders the compliance matrix can be read in; each ends on the identifiers so that pages are stable. */
public enum ComplianceSort {
    /** by the person's name, then the requirement */
    PERSON(Comparator.comparing(ComplianceRow::staffName, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(ComplianceRow::staffId)
            .thenComparing(ComplianceRow::requirementTitle)
            .thenComparing(ComplianceRow::requirementId)),
    /** the gaps first (overdue, expired, due soon, not yet done, exempt, compliant), then by person */
    STATUS(Comparator.comparingInt((ComplianceRow row) -> urgency(row.status())).thenComparing(PERSON.order));

    private final Comparator<ComplianceRow> order;

    ComplianceSort(Comparator<ComplianceRow> order) {
        this.order = order;
    }

    public Comparator<ComplianceRow> order() {
        return order;
    }

    /** Reads the request's {@code person} or {@code status}. */
    public static ComplianceSort named(String name) {
        return switch (name) {
            case "person" -> PERSON;
            case "status" -> STATUS;
            default -> throw new IllegalArgumentException("No compliance matrix is sorted by " + name);
        };
    }

    private static int urgency(ComplianceStatus status) {
        return switch (status) {
            case OVERDUE -> 0;
            case EXPIRED -> 1;
            case DUE_SOON -> 2;
            case NEVER_COMPLETED -> 3;
            case EXEMPT -> 4;
            case COMPLIANT, NOT_APPLICABLE -> 5;
        };
    }
}
