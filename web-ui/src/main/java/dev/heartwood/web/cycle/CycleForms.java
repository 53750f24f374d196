package dev.heartwood.web.cycle;

import dev.heartwood.appraisal.api.CycleDeadlines;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.web.DateInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** The cycle pages' forms, as their fields send them, with the same limits as the API's requests. */
final class CycleForms {

    private CycleForms() {
    }

    /**
     * Opening a cycle: its year, pay policy and deadlines, each deadline named as {@link CycleDeadlines} names it so
     * that the cycle's refusal of one out of order is shown beside it.
     */
    record Opening(@NotNull(message = "Choose the academic year") String academicYear,
                   @NotNull(message = "Choose the pay policy") PayPolicy payPolicy,
                   @DateInput.Real(message = "Enter a real day for the objectives to be agreed by")
                   DateInput objectivesBy,
                   @DateInput.Real(message = "Enter a real day for the mid-year review to be held by")
                   DateInput midYearReviewBy,
                   @DateInput.Real(message = "Enter a real day for the final review to be held by")
                   DateInput finalReviewBy,
                   @DateInput.Real(message = "Enter a real day for teachers' pay decisions to be made by")
                   DateInput teacherPayDecisionBy,
                   @DateInput.Real(message = "Enter a real day for the headteacher's pay decision to be made by")
                   DateInput headteacherPayDecisionBy) {

        /** The usual deadlines of a year, for the form to offer; the pay policy is the school's to choose. */
        static Opening usual(AcademicYear year) {
            CycleDeadlines usual = CycleDeadlines.defaultsFor(year);
            return new Opening(year.toString(), null, DateInput.of(usual.objectivesBy()),
                    DateInput.of(usual.midYearReviewBy()), DateInput.of(usual.finalReviewBy()),
                    DateInput.of(usual.teacherPayDecisionBy()), DateInput.of(usual.headteacherPayDecisionBy()));
        }

        CycleDeadlines deadlines() {
            return new CycleDeadlines(objectivesBy.toDate(), midYearReviewBy.toDate(), finalReviewBy.toDate(),
                    teacherPayDecisionBy.toDate(), headteacherPayDecisionBy.toDate());
        }
    }

    /**
     * One objective for a group of the cycle's people.
     *
     * @param batchId     made when the form is shown, so that sending it twice sets the objective once
     * @param category    the staff category, when the group is one
     * @param appraiserId the appraiser, when the group is their appraisees
     */
    record GroupObjective(@NotNull UUID batchId,
                          @NotNull(message = "Choose who the objective is for") ObjectiveGroup group,
                          StaffCategory category, UUID appraiserId,
                          @NotBlank(message = "Enter the objective") @Size(max = 500,
                                  message = "The objective must be 500 characters or fewer") String title,
                          @NotBlank(message = "Say how you will know the objective is met") @Size(max = 2000,
                                  message = "The success criteria must be 2000 characters or fewer")
                          String successCriteria,
                          @DateInput.Real(message = "Enter a real day on which the objective is set")
                          DateInput on) {

        static GroupObjective blank(LocalDate today) {
            return new GroupObjective(UUID.randomUUID(), null, null, null, null, null, DateInput.of(today));
        }
    }
}
