package dev.heartwood.web.cycle;

/** The groups a cycle's objective can be set for at once; the bulk objective is sent for the people in it. */
enum ObjectiveGroup {
    /** everyone whose appraisal in the cycle is under way */
    EVERYONE("Everyone whose appraisal is under way"),
    /** the school's current staff in one category, whether or not they have an appraisal */
    CATEGORY("Everyone in a staff category"),
    /** the appraisees of one appraiser, whose appraisals are under way */
    APPRAISER("The appraisees of one appraiser");

    private final String words;

    ObjectiveGroup(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
