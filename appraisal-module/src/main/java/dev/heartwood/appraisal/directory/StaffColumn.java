package dev.heartwood.appraisal.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The columns of a staff export that the import reads, by the names MIS exports give them; the first is ours. */
enum StaffColumn {
    EXTERNAL_ID("externalId", true, "external id", "MIS id"),
    NAME("name", true, "name", "full name"),
    EMAIL("email", true, "e-mail", "email address"),
    CATEGORY("category", true, "category", "staff category"),
    ROLES("roles", false, "roles", "role"),
    START_DATE("startDate", true, "start date", "date started"),
    FTE("fte", true, "FTE"),
    // never plain "line manager": exports use that for the manager's name
    LINE_MANAGER("lineManagerExternalId", false, "line manager's external id", "line manager id"),
    LEAVE_DATE("leaveDate", false, "leave date", "leaving date");

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

    boolean required() {
        return required;
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
