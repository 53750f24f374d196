package dev.heartwood.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school year such as "2025/26", named by the calendar year it starts in. English schools run from
 * September to August, which is the default; {@link #containing(LocalDate, Month)} takes another first month.
 */
public record AcademicYear(int startYear) {

    public static final Month DEFAULT_FIRST_MONTH = Month.SEPTEMBER;
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})/(\\d{2})");

    public AcademicYear {
        if (startYear < 1900 || startYear > 9998) {
            throw new IllegalArgumentException("academic year out of range: " + startYear);
        }
    }

    /** Reads "2025/26"; the second part must be the year after the first. */
    @JsonCreator
    public static AcademicYear parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("an academic year is written like 2025/26, not " + text);
        }
        int start = Integer.parseInt(matcher.group(1));
        if (Integer.parseInt(matcher.group(2)) != (start + 1) % 100) {
            throw new IllegalArgumentException("an academic year spans two consecutive years, not " + text);
        }
        return new AcademicYear(start);
    }

    public static AcademicYear containing(LocalDate date) {
        return containing(date, DEFAULT_FIRST_MONTH);
    }

    public static AcademicYear containing(LocalDate date, Month firstMonth) {
        return new AcademicYear(date.getMonthValue() >= firstMonth.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay(Month firstMonth) {
        return LocalDate.of(startYear, firstMonth, 1);
    }

    public LocalDate lastDay(Month firstMonth) {
        return LocalDate.of(startYear + 1, firstMonth, 1).minusDays(1);
    }

    @JsonValue
    @Override
    public String toString() {
        return "%d/%02d".formatted(startYear, (startYear + 1) % 100);
    }
}
