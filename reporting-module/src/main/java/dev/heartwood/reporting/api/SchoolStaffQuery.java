package dev.heartwood.reporting.api;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;

import java.time.LocalDate;

/**
 * Asks for a page of a school's staff, to find a person without knowing their id: a leader or HR looking someone
 * up, or checking who a staff import created. Answered with a {@code ReportPage} of {@link StaffMemberView}.
 *
 * @param search   only the people whose name, e-mail address or MIS identifier contains it, whatever the case;
 *                 {@code null} for all. It is personal text, which no log shows.
 * @param category only the people now in this category, or {@code null} for all
 * @param today    the day against which people have left or not
 */
public record SchoolStaffQuery(SchoolId schoolId, PersonalText search, StaffCategory category, StaffStatus status,
                               StaffSort sort, LocalDate today, int page, int size) {
}
