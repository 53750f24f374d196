package dev.heartwood.reporting.api;

/** Which of a school's people a staff list shows, on the day it is asked. A request names one in lower case. */
public enum StaffStatus {
    /** those on the staff: no leaving day recorded, or one still to come (people yet to start included) */
    CURRENT,
    /** those whose last day has passed */
    LEAVERS,
    /** everyone the school has had */
    ALL
}
