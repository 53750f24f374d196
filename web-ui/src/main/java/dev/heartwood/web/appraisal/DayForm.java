package dev.heartwood.web.appraisal;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * A step that records nothing but the day it happened: offered as today, and today when left empty.
 *
 * @param on as a browser's date field sends it (2026-03-01)
 */
record DayForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
}
