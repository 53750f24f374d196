package dev.heartwood.reporting.compliance;

import dev.heartwood.reporting.training.StaffTrainingView;

import java.util.UUID;

/** A person at one of the schools a report covers, with their training as it stands on the day asked about. */
record StaffOnTheDay(UUID schoolId, String schoolName, String staffName, StaffTrainingView training) {
}
