package dev.heartwood.web.cycle;

import dev.heartwood.appraisal.api.BulkAppraisals;
import dev.heartwood.kernel.StaffId;

/** The groups a cycle's objective can be set for at once, as the page offers them; the bulk objective chooses whom. */
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

    /** The group, with the category or appraiser the form chose for it. */
    BulkAppraisals.Group of(CycleForms.GroupObjective form) {
        return switch (this) {
            case EVERYONE -> new BulkAppraisals.Group.UnderWay();
            case CATEGORY -> new BulkAppraisals.Group.InCategory(form.category());
            case APPRAISER -> new BulkAppraisals.Group.AppraiseesOf(new StaffId(form.appraiserId()));
        };
    }
}
