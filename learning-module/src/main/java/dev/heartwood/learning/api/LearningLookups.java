package dev.heartwood.learning.api;

/**
 * The processing group of the lookups this module's command handlers consult (whose objective is this, which
 * categories and roles a person has). The application runs it as a subscribing processor with errors propagated,
 * so that each lookup is written in the transaction of the command whose events it follows, including the
 * appraisal module's commands.
 */
public final class LearningLookups {

    public static final String PROCESSING_GROUP = "learning-lookups";

    private LearningLookups() {
    }
}
