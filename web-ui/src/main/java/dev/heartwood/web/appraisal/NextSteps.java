package dev.heartwood.web.appraisal;

import dev.heartwood.reporting.api.AppraisalStepsRow;
import org.springframework.lang.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The steps of an appraisal's year still to be done, in the year's order, from the day of each step done so far:
 * whose each is, by which of the cycle's deadlines, and where it is done.
 */
public final class NextSteps {

    private NextSteps() {
    }

    /**
     * A step for the reader to take.
     *
     * @param href where it is done
     * @param by   the cycle's deadline for it, if it has one
     */
    public record NextStep(String what, String href, @Nullable LocalDate by) {
    }

    /** Where an appraisal stands in its year, by the first step not yet done, or how it ended. */
    public enum Stage {
        OBJECTIVES_TO_SET("Objectives to set"),
        OBJECTIVES_TO_AGREE("Objectives to agree"),
        MID_YEAR_REVIEW("Mid-year review to hold"),
        FINAL_REVIEW("Final review to hold"),
        REPORT("Outcomes and report to write"),
        SIGN_OFF("Report to sign off"),
        COMPLETION("Ready to complete"),
        /** Under way, where the tracker has not caught up with it yet. */
        UNDER_WAY("Under way"),
        COMPLETED("Completed"),
        TERMINATED("Ended: the appraisee left");

        private final String words;

        Stage(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The first step of the year not yet done. */
    public static Stage stageOf(AppraisalStepsRow row) {
        if (row.objectives() == 0) {
            return Stage.OBJECTIVES_TO_SET;
        }
        if (!objectivesDone(row)) {
            return Stage.OBJECTIVES_TO_AGREE;
        }
        if (row.midYearReviewOn() == null && row.finalReviewOn() == null) {
            return Stage.MID_YEAR_REVIEW;
        }
        if (row.finalReviewOn() == null) {
            return Stage.FINAL_REVIEW;
        }
        if (row.reportIssuedOn() == null) {
            return Stage.REPORT;
        }
        if (row.appraiseeSignedOffOn() == null || row.appraiserSignedOffOn() == null) {
            return Stage.SIGN_OFF;
        }
        return Stage.COMPLETION;
    }

    /** The cycle's deadline for a stage, where it has one. */
    public static LocalDate deadlineOf(AppraisalStepsRow row, Stage stage) {
        return switch (stage) {
            case OBJECTIVES_TO_SET, OBJECTIVES_TO_AGREE -> row.objectivesBy();
            case MID_YEAR_REVIEW -> row.midYearReviewBy();
            case FINAL_REVIEW -> row.finalReviewBy();
            default -> null;
        };
    }

    /** The steps that are the reader's to take, as the appraisee or the appraiser (whichever they are). */
    public static List<NextStep> forReader(AppraisalStepsRow row, Predicate<UUID> isReader) {
        List<NextStep> steps = new ArrayList<>();
        String appraisal = "/appraisals/" + row.appraisalId();
        if (isReader.test(row.appraiseeId())) {
            if (row.objectives() > 0 && !objectivesDone(row) && row.appraiseeAgreedOn() == null) {
                steps.add(new NextStep("Agree your objectives", appraisal + "/agreement", row.objectivesBy()));
            }
            if (row.midYearReviewOn() != null && row.selfReviewOn() == null && row.finalReviewOn() == null) {
                steps.add(new NextStep("Write your self-review", appraisal + "/self-review", row.finalReviewBy()));
            }
            if (row.reportIssuedOn() != null && row.appraiseeSignedOffOn() == null) {
                steps.add(new NextStep("Sign off your appraisal report", appraisal + "/sign-off", null));
            }
        }
        if (isReader.test(row.appraiserId())) {
            String whose = (row.appraiseeName() == null ? "your appraisee" : row.appraiseeName()) + "'s";
            Stage stage = stageOf(row);
            switch (stage) {
                case OBJECTIVES_TO_SET -> steps.add(new NextStep("Set " + whose + " objectives",
                        appraisal + "/objectives/new", row.objectivesBy()));
                case OBJECTIVES_TO_AGREE -> {
                    if (row.appraiserAgreedOn() == null) {
                        steps.add(new NextStep("Agree " + whose + " objectives", appraisal + "/agreement",
                                row.objectivesBy()));
                    }
                }
                case MID_YEAR_REVIEW -> steps.add(new NextStep("Hold " + whose + " mid-year review",
                        appraisal + "/mid-year-review", row.midYearReviewBy()));
                case FINAL_REVIEW -> steps.add(new NextStep("Hold " + whose + " final review",
                        appraisal + "/final-review", row.finalReviewBy()));
                case REPORT -> steps.add(new NextStep("Record the outcomes and write " + whose + " report",
                        appraisal + "#objectives", null));
                case SIGN_OFF -> {
                    if (row.appraiserSignedOffOn() == null) {
                        steps.add(new NextStep("Sign off " + whose + " appraisal report", appraisal + "/sign-off",
                                null));
                    }
                }
                case COMPLETION -> steps.add(new NextStep("Complete " + whose + " appraisal",
                        appraisal + "/completion", null));
            }
        }
        return steps;
    }

    /** Both parties agreed the objectives as they stand, or a disagreement was recorded in writing. */
    private static boolean objectivesDone(AppraisalStepsRow row) {
        return row.appraiseeAgreedOn() != null && row.appraiserAgreedOn() != null
                || row.disagreementRecordedOn() != null;
    }
}
