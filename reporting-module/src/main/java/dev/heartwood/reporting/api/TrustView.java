package dev.heartwood.reporting.api;

import java.util.UUID;

/**
 * A multi-academy trust as the query API shows it; {@code lastEventIndex} is the position of the last event applied
 * to it or to its schools.
 *
 * @param schools how many schools the directory places in it
 */
public record TrustView(UUID trustId, String name, int schools, long lastEventIndex) {
}
