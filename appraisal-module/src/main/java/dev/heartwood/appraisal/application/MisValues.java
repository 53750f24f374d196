package dev.heartwood.appraisal.application;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.kernel.SchoolTime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the values of a staff export in the forms that school MIS exports and the people who edit them write:
 * categories and roles by their enum names or in words, dates as ISO or UK dates.
 * Each reader throws {@link IllegalArgumentException} with a reason a school administrator can act on.
 */
final class MisValues {

    private static final Map<String, StaffCategory> CATEGORIES = byWords(StaffCategory.values(), Map.of(
            "ect", StaffCategory.EARLY_CAREER_TEACHER,
            // the name for an early career teacher until 2021, still used by older MIS exports
            "nqt", StaffCategory.EARLY_CAREER_TEACHER));
    private static final Map<String, StaffRole> ROLES = byWords(StaffRole.values(), Map.of(
            "designatedsafeguardinglead", StaffRole.DSL,
            "deputydesignatedsafeguardinglead", StaffRole.DEPUTY_DSL));
    /** Excel writes UK dates without leading zeros as often as with them. */
    private static final DateTimeFormatter UK_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private MisValues() {
    }

    /** Lower case, letters and digits only, so that "Deputy DSL", "deputy_dsl" and "DEPUTY-DSL" are one word. */
    static String inWords(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static StaffCategory category(String text) {
        StaffCategory category = CATEGORIES.get(inWords(text));
        if (category == null) {
            throw new IllegalArgumentException("'" + text + "' is not a staff category (teacher, headteacher, "
                    + "support staff, ECT or governor)");
        }
        return category;
    }

    /** Roles separated by ";" or "|"; none for an empty value. */
    static Set<StaffRole> roles(String text) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String name : text.split("[;|]")) {
            if (name.isBlank()) {
                continue;
            }
            StaffRole role = ROLES.get(inWords(name));
            if (role == null) {
                throw new IllegalArgumentException("'" + name.strip() + "' is not a role (DSL, deputy DSL, first "
                        + "aider, paediatric first aider, mental health first aider, SENCO or fire warden)");
            }
            roles.add(role);
        }
        return roles;
    }

    static LocalDate date(String text) {
        LocalDate date;
        try {
            date = text.contains("/") ? LocalDate.parse(text, UK_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (write 2025-09-01 or 01/09/2025)");
        }
        if (!SchoolTime.plausible(date)) {
            throw new IllegalArgumentException("'" + text + "' is not a date from " + SchoolTime.EARLIEST_DATE
                    + " to " + SchoolTime.LATEST_DATE);
        }
        return date;
    }

    static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number (write 0.6 or 1, with a point as the "
                    + "decimal separator)");
        }
    }

    private static <E extends Enum<E>> Map<String, E> byWords(E[] values, Map<String, E> otherNames) {
        Map<String, E> byWords = new HashMap<>(otherNames);
        Arrays.stream(values).forEach(value -> byWords.put(inWords(value.name()), value));
        return Map.copyOf(byWords);
    }
}
