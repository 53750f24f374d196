package dev.heartwood.web.appraisal;

/**
 * What the reader may do to an appraisal where it stands: each is offered only to someone the access policy would
 * admit and only at the stage of the year the appraisal's rules allow it, and the policy and the rules still decide
 * when it is done.
 *
 * @param setObjectives   set, revise and withdraw objectives (the appraiser, until the final review)
 * @param agree           agree the objectives as they stand, for the reader's own side
 * @param disagree        record a disagreement with the objectives in writing (the appraisee)
 * @param recordOutcomes  record each objective's outcome (the appraiser, between the final review and the report)
 * @param complete        complete the appraisal once both have signed off (the appraiser or a school leader)
 */
public record Actions(boolean communicateStandards, boolean setObjectives, boolean agree, boolean disagree,
                      boolean addProgress, boolean holdMidYearReview, boolean submitSelfReview,
                      boolean holdFinalReview, boolean recordOutcomes, boolean identifyNeeds, boolean issueReport,
                      boolean signOff, boolean complete) {

    public boolean any() {
        return communicateStandards || setObjectives || agree || disagree || addProgress || holdMidYearReview
                || submitSelfReview || holdFinalReview || recordOutcomes || identifyNeeds || issueReport || signOff
                || complete;
    }
}
