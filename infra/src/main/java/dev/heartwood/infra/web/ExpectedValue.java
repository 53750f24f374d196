package dev.heartwood.infra.web;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.SchoolTime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a value of a type looks like, told to a client who sent something else: the format, the allowed values, the
 * decimal separator, as the staff import tells a school administrator.
 */
final class ExpectedValue {

    private ExpectedValue() {
    }

    static String of(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "is not an identifier: 32 hexadecimal digits as 8-4-4-4-12, nothing around them";
        }
        if (type == LocalDate.class) {
            return "must be a date written as 2025-09-01, from " + SchoolTime.EARLIEST_DATE + " to "
                    + SchoolTime.LATEST_DATE;
        }
        if (type == OffsetDateTime.class || type == Instant.class) {
            return "must be an instant written as 2025-09-01T09:00:00Z, from " + SchoolTime.EARLIEST_DATE + " to "
                    + SchoolTime.LATEST_DATE;
        }
        if (type == AcademicYear.class) {
            return "must be an academic year written as 2025/26";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
                || type == float.class) {
            return "must be a number, with a point as the decimal separator, such as 0.6";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number, such as 3";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        return "has the wrong type or format";
    }
}
