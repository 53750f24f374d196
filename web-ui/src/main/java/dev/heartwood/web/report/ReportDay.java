package dev.heartwood.web.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The day a report is asked for, as a date field sends it. A day the reader cannot have picked (a mistyped address)
 * is left out, so that the report shows today rather than an error.
 */
final class ReportDay {

    private ReportDay() {
    }

    static Optional<LocalDate> asked(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }
}
