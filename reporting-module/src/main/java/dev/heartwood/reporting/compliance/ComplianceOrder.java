package dev.heartwood.reporting.compliance;

import dev.heartwood.learning.api.ComplianceStatus;
import dev.heartwood.reporting.api.ComplianceRow;
import dev.heartwood.reporting.api.ComplianceSort;

import java.util.Comparator;

/** How each {@link ComplianceSort} orders the matrix's rows, ending on the identifiers. */
final class ComplianceOrder {

    private static final Comparator<ComplianceRow> PERSON =
            Comparator.comparing(ComplianceRow::staffName, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                    .thenComparing(ComplianceRow::staffId)
                    .thenComparing(ComplianceRow::requirementTitle)
                    .thenComparing(ComplianceRow::requirementId);
    private static final Comparator<ComplianceRow> STATUS =
            Comparator.comparingInt((ComplianceRow row) -> urgency(row.status())).thenComparing(PERSON);

    private ComplianceOrder() {
    }

    static Comparator<ComplianceRow> of(ComplianceSort sort) {
        return switch (sort) {
            case PERSON -> PERSON;
            case STATUS -> STATUS;
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
