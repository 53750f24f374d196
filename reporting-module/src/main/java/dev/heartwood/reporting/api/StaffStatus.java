package dev.heartwood.reporting.api;

/** Which of a school's people a staff list shows, on the day it is asked. A request names one in lower case. */
public enum StaffStatus {
    /** those on the staff: no leaving day recorded, or one still to come (people yet to start included) */
    CURRENT("current"),
    /** those whose last day has passed */
    LEAVERS("leavers"),
    /** everyone the school has had */
    ALL("all");

    private final String word;

    StaffStatus(String word) {
        this.word = word;
    }

    /** The word a request names it by. */
    @Override
    public String toString() {
        return word;
    }
}
