package dev.heartwood.reporting.compliance;

import dev.heartwood.learning.api.StaffHistory;
import dev.heartwood.reporting.api.StaffTrainingView;

import java.util.UUID;

/**
 * A person at one of the schools a report covers, with their training as it stands on the day asked about and the
 * history that decides which training applies to them.
 */
record StaffOnTheDay(UUID schoolId, String schoolName, String staffName, StaffHistory history,
                     StaffTrainingView training) {
}
