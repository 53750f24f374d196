package dev.heartwood.reporting.api;

import java.time.LocalDate;

/**
 * Asks for the designated safeguarding leads and deputies of a school or trust on a day; answered with a
 * {@code ReportPage} of {@link DslRegisterRow}, all on one page.
 */
public record DslRegisterQuery(ReportScope scope, LocalDate on) {
}
