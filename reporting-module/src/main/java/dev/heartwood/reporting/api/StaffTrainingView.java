package dev.heartwood.reporting.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person's mandatory training as it stood (or will stand) on a day: only the requirements that apply to them
 * then. {@code lastEventIndex} is the position of the last event applied to the facts it was computed from.
 */
public record StaffTrainingView(UUID staffId, LocalDate on, List<TrainingStandingView> requirements,
                                long lastEventIndex) {
}
