package dev.heartwood.reporting.api;

/**
 * What the objectives and learning report sets beside each year's whole row. A request names one as
 * {@code priority} or {@code standard}.
 */
public enum ObjectivesAndLearningGrouping {
    /** a row for each school priority of the year: the objectives that serve it, and the learning linked to it */
    PRIORITY("priority"),
    /** a row for each standard the year's objectives serve: those objectives, and the learning linked to them */
    STANDARD("standard");

    private final String word;

    ObjectivesAndLearningGrouping(String word) {
        this.word = word;
    }

    /** The word a request names it by. */
    @Override
    public String toString() {
        return word;
    }
}
