package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AcademicYear;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates a cycle's appraisals are due by. Pay decisions follow the year they are about: by 31 October for
 * teachers and 31 December for the headteacher.
 */
public record CycleDeadlines(LocalDate objectivesBy, LocalDate midYearReviewBy, LocalDate finalReviewBy,
                             LocalDate teacherPayDecisionBy, LocalDate headteacherPayDecisionBy) {

    public CycleDeadlines {
        Objects.requireNonNull(objectivesBy, "objectivesBy");
        Objects.requireNonNull(midYearReviewBy, "midYearReviewBy");
        Objects.requireNonNull(finalReviewBy, "finalReviewBy");
        Objects.requireNonNull(teacherPayDecisionBy, "teacherPayDecisionBy");
        Objects.requireNonNull(headteacherPayDecisionBy, "headteacherPayDecisionBy");
    }

    /** Objectives by the end of October, mid-year review by the end of February, final review by the end of July. */
    public static CycleDeadlines defaultsFor(AcademicYear year) {
        int start = year.startYear();
        int end = start + 1;
        return new CycleDeadlines(LocalDate.of(start, Month.OCTOBER, 31),
                YearMonth.of(end, Month.FEBRUARY).atEndOfMonth(),
                LocalDate.of(end, Month.JULY, 31),
                LocalDate.of(end, Month.OCTOBER, 31),
                LocalDate.of(end, Month.DECEMBER, 31));
    }

    public boolean inOrder() {
        return firstOutOfOrder().isEmpty();
    }

    /**
     * The first deadline that falls before the one it follows (objectives, mid-year review, final review, then
     * either pay decision), named as this record names it, so that a form can show the refusal beside it.
     */
    public Optional<String> firstOutOfOrder() {
        if (objectivesBy.isAfter(midYearReviewBy)) {
            return Optional.of("midYearReviewBy");
        }
        if (midYearReviewBy.isAfter(finalReviewBy)) {
            return Optional.of("finalReviewBy");
        }
        if (finalReviewBy.isAfter(teacherPayDecisionBy)) {
            return Optional.of("teacherPayDecisionBy");
        }
        if (finalReviewBy.isAfter(headteacherPayDecisionBy)) {
            return Optional.of("headteacherPayDecisionBy");
        }
        return Optional.empty();
    }
}
