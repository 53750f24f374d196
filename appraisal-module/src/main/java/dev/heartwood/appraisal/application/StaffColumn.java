package dev.heartwood.appraisal.application;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The columns of a staff export that the import reads, by the names MIS exports give them; the first is ours. */
enum StaffColumn {
    EXTERNAL_ID("externalId", true, "external id", "MIS id", "staff code", "staff id", "employee number"),
    NAME("name", true, "name", "full name", "staff name"),
    /** With {@link #SURNAME}, in place of a name: MIS exports often split it. */
    FORENAME("forename", false, "forename", "first name", "given name", "legal forename"),
    SURNAME("surname", false, "surname", "last name", "family name", "legal surname"),
    EMAIL("email", true, "e-mail", "email address", "work email", "school email"),
    CATEGORY("category", true, "category", "staff category", "staff type"),
    ROLES("roles", false, "roles", "role", "staff roles"),
    START_DATE("startDate", true, "start date", "date started", "employment start date", "contract start date"),
    FTE("fte", true, "FTE", "full time equivalent"),
    // the manager's own external id (staff code), as the row's first column names them
    LINE_MANAGER("lineManagerExternalId", false, "line manager's external id", "line manager id", "line manager",
            "line manager staff code", "manager", "manager id", "reports to"),
    LEAVE_DATE("leaveDate", false, "leave date", "leaving date", "end date", "employment end date", "date left");

    private final String property;
    private final boolean required;
    private final List<String> names;

    StaffColumn(String property, boolean required, String... names) {
        this.property = property;
        this.required = required;
        this.names = List.of(names);
    }

    String label() {
        return names.get(0);
    }

    /** Whether a file without this column is refused: a name may be given as forename and surname instead. */
    boolean missingFrom(Set<StaffColumn> named) {
        return required && !named.contains(this)
                && !(this == NAME && named.containsAll(EnumSet.of(FORENAME, SURNAME)));
    }

    /** The column a header names, whatever its case, spacing and punctuation. */
    static Optional<StaffColumn> named(String header) {
        String words = MisValues.inWords(header);
        return Arrays.stream(values())
                .filter(column -> column.names.stream().map(MisValues::inWords).anyMatch(words::equals))
                .findFirst();
    }

    /** The column a {@link StaffRow} component is read from. */
    static StaffColumn of(String property) {
        return Arrays.stream(values())
                .filter(column -> column.property.equals(property))
                .findFirst()
                .orElseThrow();
    }
}
