package dev.heartwood.reporting.learning;

import java.time.LocalDate;

/**
 * The three terms of an English school year. Easter moves from year to year, so spring is taken as January to
 * March and summer as April to August.
 */
enum Term {
    AUTUMN,
    SPRING,
    SUMMER;

    static Term of(LocalDate date) {
        int month = date.getMonthValue();
        if (month >= 9) {
            return AUTUMN;
        }
        return month <= 3 ? SPRING : SUMMER;
    }
}
