package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;

import java.time.LocalDate;

/**
 * What the write side knows of a member of staff.
 *
 * @param lineManagerId {@code null} until a line manager is assigned
 * @param leftOn        their last day, or {@code null} while they are on the staff
 */
public record StaffFacts(StaffId staffId, SchoolId schoolId, StaffCategory category, StaffId lineManagerId,
                         LocalDate leftOn) {

    public boolean hasLeft() {
        return leftOn != null;
    }
}
