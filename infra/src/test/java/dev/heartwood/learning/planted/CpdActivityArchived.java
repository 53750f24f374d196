package dev.heartwood.learning.planted;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.util.List;

/** A planted event the audit log could not place: it names no school, and its reason is no text. */
@Revision("1")
public record CpdActivityArchived(CpdActivityId activityId, StaffId staffId, List<String> reason) {
}
