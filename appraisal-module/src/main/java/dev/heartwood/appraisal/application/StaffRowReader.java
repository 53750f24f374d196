package dev.heartwood.appraisal.application;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.heartwood.appraisal.application.StaffColumn.CATEGORY;
import static dev.heartwood.appraisal.application.StaffColumn.EMAIL;
import static dev.heartwood.appraisal.application.StaffColumn.EXTERNAL_ID;
import static dev.heartwood.appraisal.application.StaffColumn.FORENAME;
import static dev.heartwood.appraisal.application.StaffColumn.FTE;
import static dev.heartwood.appraisal.application.StaffColumn.LEAVE_DATE;
import static dev.heartwood.appraisal.application.StaffColumn.LINE_MANAGER;
import static dev.heartwood.appraisal.application.StaffColumn.NAME;
import static dev.heartwood.appraisal.application.StaffColumn.ROLES;
import static dev.heartwood.appraisal.application.StaffColumn.START_DATE;
import static dev.heartwood.appraisal.application.StaffColumn.SURNAME;

/** Reads a row of a staff export into a {@link StaffRow}, or says everything that is wrong with it at once. */
@Component
class StaffRowReader {

    private final Validator validator;

    StaffRowReader(Validator validator) {
        this.validator = validator;
    }

    /** @throws IllegalArgumentException naming each value that is missing or wrong, in the order of the columns */
    StaffRow read(StaffCsvRow row) {
        Map<StaffColumn, String> problems = new EnumMap<>(StaffColumn.class);
        StaffRow staff = new StaffRow(row.line(), row.get(EXTERNAL_ID), nameIn(row), row.get(EMAIL),
                value(row, CATEGORY, MisValues::category, problems),
                Objects.requireNonNullElse(value(row, ROLES, MisValues::roles, problems), Set.of()),
                value(row, START_DATE, MisValues::date, problems),
                value(row, FTE, MisValues::decimal, problems),
                row.get(LINE_MANAGER),
                value(row, LEAVE_DATE, MisValues::date, problems));
        for (ConstraintViolation<StaffRow> violation : validator.validate(staff)) {
            // a value that could not be read is also missing; saying why it could not be read is enough
            problems.putIfAbsent(StaffColumn.of(violation.getPropertyPath().toString()), violation.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.entrySet().stream()
                    .map(problem -> problem.getKey().label() + ": " + problem.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return staff;
    }

    /** The name, or the forename and surname together where the file splits it. */
    private static String nameIn(StaffCsvRow row) {
        if (row.get(NAME) != null) {
            return row.get(NAME);
        }
        String name = Stream.of(row.get(FORENAME), row.get(SURNAME)).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
    }

    private static <T> T value(StaffCsvRow row, StaffColumn column, Function<String, T> reader,
                               Map<StaffColumn, String> problems) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            return reader.apply(text);
        } catch (IllegalArgumentException e) {
            problems.put(column, e.getMessage());
            return null;
        }
    }
}
