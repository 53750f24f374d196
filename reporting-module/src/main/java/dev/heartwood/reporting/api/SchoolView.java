package dev.heartwood.reporting.api;

import org.springframework.lang.Nullable;

import java.util.UUID;

/** A school as the query API shows it; {@code lastEventIndex} is the position of the last event applied. */
public record SchoolView(UUID schoolId, @Nullable UUID trustId, String name, String type, long lastEventIndex) {
}
