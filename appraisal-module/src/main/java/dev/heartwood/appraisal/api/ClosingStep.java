package dev.heartwood.appraisal.api;

/**
 * The steps that close an appraisal's year once the final review is held and the outcomes recorded: the report, each
 * party's sign-off of it, and the completion. A reopening takes back every closing step, so each is done again, while
 * the final review and the outcomes stand. The appraisal and every view of it keep these steps together and drop
 * them together on a reopening, so the rule is written here once; a view maps each step with an exhaustive
 * {@code switch}, which a new step breaks until it is handled.
 */
public enum ClosingStep {
    REPORT_ISSUED,
    APPRAISEE_SIGNED_OFF,
    APPRAISER_SIGNED_OFF,
    COMPLETED;

    /** The step by which a party signs the report off. */
    public static ClosingStep signOffBy(AppraisalParty party) {
        return switch (party) {
            case APPRAISEE -> APPRAISEE_SIGNED_OFF;
            case APPRAISER -> APPRAISER_SIGNED_OFF;
        };
    }
}
