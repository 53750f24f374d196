package dev.heartwood.reporting.query;

import java.util.Locale;

/**
 * Reads the words a request names a choice with, such as {@code sort=daysLate}, as the constant of the api's enum
 * ({@code DAYS_LATE}). Each endpoint checks the word against the choices it offers before it is read.
 */
public final class RequestWords {

    private RequestWords() {
    }

    /** The constant the camel-case word names: {@code linkedHours} is {@code LINKED_HOURS}. */
    public static <E extends Enum<E>> E constant(Class<E> type, String word) {
        return Enum.valueOf(type, word.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
    }
}
