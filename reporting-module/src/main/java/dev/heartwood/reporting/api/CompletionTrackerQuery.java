package dev.heartwood.reporting.api;

import dev.heartwood.kernel.AcademicYear;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Asks for a page of the completion tracker of one school's cycle, or of every school of a trust for a year;
 * answered with an optional {@code ReportPage<CompletionRow>}, empty when the trust or the cycle is unknown.
 *
 * @param schoolId     the school, or {@code null} when {@code trustId} asks for every school of a trust
 * @param cycleId      for a school: its cycle, or {@code null} to find it by {@code academicYear}
 * @param academicYear {@code null} only when a school's {@code cycleId} is given
 * @param status       only the appraisals of this status, or {@code null} for all
 * @param today        the day against which steps not yet done are late
 * @param stage        only the appraisals at this {@link CompletionRow#stage()}, or {@code null} for all
 * @param appraiserId  only those of this appraiser, or {@code null} for all
 * @param lateOnly     only those late against a deadline ({@code daysLate} over 0)
 */
public record CompletionTrackerQuery(UUID schoolId, UUID trustId, UUID cycleId, AcademicYear academicYear,
                                     AppraisalStatus status, CompletionSort sort, LocalDate today, int page,
                                     int size, String stage, UUID appraiserId, boolean lateOnly) {

    /** Every appraisal of the status asked for, whatever its stage, appraiser or lateness. */
    public CompletionTrackerQuery(UUID schoolId, UUID trustId, UUID cycleId, AcademicYear academicYear,
                                  AppraisalStatus status, CompletionSort sort, LocalDate today, int page, int size) {
        this(schoolId, trustId, cycleId, academicYear, status, sort, today, page, size, null, null, false);
    }
}
