package dev.heartwood.appraisal.api;

/** What one {@link ImportStaffMember} row did to the directory, so that an import can report its counts. */
public enum StaffImportOutcome {
    /** The person was new and has been registered. */
    CREATED,
    /** The person was known and something about them was recorded. */
    CHANGED,
    /** The row said what was already so; nothing was recorded. */
    UNCHANGED
}
