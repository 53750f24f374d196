package dev.heartwood.reporting.api;

import java.time.LocalDate;

/**
 * Asks which training requirements are in force on a day at the schools a report covers (each school's own and its
 * trust's), without working out anyone's standing; answered with a list of {@link RequirementInForce}, by title.
 */
public record RequirementsInForceQuery(ReportScope scope, LocalDate on) {
}
