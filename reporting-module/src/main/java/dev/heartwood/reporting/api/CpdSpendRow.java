package dev.heartwood.reporting.api;

import org.springframework.lang.Nullable;

import java.math.BigDecimal;

/**
 * The professional learning of one group (a person, a type, a school priority, a term or a school) in an academic
 * year, counted in the year and term it took place: its completion date once completed, its planned start until
 * then. Requested learning counts what was asked for, declined requests included; approved learning what was
 * approved; completed learning what it took and cost in the end, learning logged as already done included. Cost is
 * in pounds; cover is in days.
 *
 * @param groupedBy PERSON, TYPE, PRIORITY, TERM or SCHOOL
 * @param key       the staff id, type, priority id, term or school id; none for learning linked to no priority
 * @param label     the person's or school's name, the priority's title or the term
 */
public record CpdSpendRow(String academicYear, String groupedBy, @Nullable String key, String label, long activities,
                          BigDecimal requestedHours, BigDecimal requestedCost, BigDecimal approvedHours,
                          BigDecimal approvedCost, BigDecimal completedHours, BigDecimal completedCost,
                          BigDecimal coverDaysRequested, BigDecimal coverDaysApproved) {
}
