package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Professional learning that had already taken place was recorded as completed, without a request or approval.
 * Its hours and cost count like those of {@link CPDCompleted}; a bulk record of an INSET day gives one of these
 * per person, each with the batch id in its metadata.
 */
@Revision("1")
public record CompletedCpdLogged(CpdActivityId activityId, StaffId staffId, SchoolId schoolId,
                                 CompletedLearning learning, CpdLinks links, @HappenedOn LocalDate loggedOn) {
}
