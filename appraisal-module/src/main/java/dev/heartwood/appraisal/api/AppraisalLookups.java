package dev.heartwood.appraisal.api;

/**
 * The processing group of the lookups this module's command handlers consult (who is on whose staff, who already
 * has an appraisal this year). The application must run it as a subscribing processor with errors propagated,
 * so that each lookup is written in the transaction of the command whose events it follows.
 */
public final class AppraisalLookups {

    public static final String PROCESSING_GROUP = "appraisal-lookups";

    private AppraisalLookups() {
    }
}
