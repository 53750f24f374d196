package dev.heartwood.reporting.api;

import org.springframework.lang.Nullable;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The objectives of one academic year and the learning that serves them: one row for the whole year, and one for
 * each school priority of that year (the objectives that serve it) or for each standard the year's objectives serve
 * (those objectives), as {@link ObjectivesAndLearningGrouping} asks, in the order {@link ObjectivesAndLearningSort}
 * asks for.
 * <p>
 * Withdrawn objectives are left out, and so is learning linked only to them. An objective has linked learning
 * while at least one piece of learning is linked to it and that learning was not declined: a declined request
 * serves nothing, so its links count neither here nor towards the hours. Linked hours and cost are those of
 * completed learning (logged learning included), each piece counted once however many of the objectives it serves;
 * on the whole year's row they are those of learning linked to the year's objectives, on a priority's row those of
 * learning linked to the priority itself, on a standard's row those of learning linked to the objectives serving the
 * standard. Pending and approved learning make an objective one with linked learning, but add no hours until
 * completed.
 *
 * @param priorityId                 none on the whole year's row and a standard's
 * @param standard                   the standard's code (such as TS2) on a standard's row; none on the others
 * @param percentWithLinkedLearning  none when no objective was set
 */
public record ObjectivesAndLearningRow(String academicYear, @Nullable UUID priorityId, @Nullable String priorityTitle,
                                       @Nullable String standard, long objectivesSet, long objectivesWithLinkedLearning,
                                       @Nullable BigDecimal percentWithLinkedLearning, BigDecimal linkedHours,
                                       BigDecimal linkedCost, long metWithLearning, long partiallyMetWithLearning,
                                       long notMetWithLearning, long continuingWithLearning,
                                       long noOutcomeYetWithLearning, long metWithoutLearning,
                                       long partiallyMetWithoutLearning, long notMetWithoutLearning,
                                       long continuingWithoutLearning, long noOutcomeYetWithoutLearning) {
}
