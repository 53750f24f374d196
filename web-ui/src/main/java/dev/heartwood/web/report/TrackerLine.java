package dev.heartwood.web.report;

import dev.heartwood.reporting.api.CompletionRow;
import org.springframework.lang.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One appraisal as the tracker's table shows it: who, where it stands, each deadline's step with the day it was done
 * and how late, and whether the reader may open it.
 *
 * @param daysLate the most days late against any deadline, none where nothing more is expected
 */
public record TrackerLine(UUID appraisalId, String appraisee, @Nullable String appraiser, Stage stage, Step objectives,
                          Step midYearReview, Step finalReview, @Nullable LocalDate completedOn,
                          @Nullable Integer daysLate, boolean opens) {

    /** A step with a deadline: the day it was done, if it was, and the days late against the deadline. */
    public record Step(@Nullable LocalDate doneOn, @Nullable Integer daysLate) {

        public boolean late() {
            return daysLate != null && daysLate > 0;
        }
    }

    static TrackerLine of(CompletionRow row, boolean opens) {
        return new TrackerLine(row.appraisalId(), row.staffName() == null ? "Name not known" : row.staffName(),
                row.appraiserName(), Stage.of(row.stage()), new Step(row.objectivesDoneOn(), row.objectivesDaysLate()),
                new Step(row.midYearReviewOn(), row.midYearReviewDaysLate()),
                new Step(row.finalReviewOn(), row.finalReviewDaysLate()), row.completedOn(), row.daysLate(), opens);
    }

    public boolean late() {
        return daysLate != null && daysLate > 0;
    }
}
