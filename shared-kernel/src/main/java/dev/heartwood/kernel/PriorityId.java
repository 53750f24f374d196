package dev.heartwood.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one of a school's improvement priorities for a year.
 * Chosen by the client that creates it; written as a plain UUID string.
 */
public record PriorityId(UUID value) {

    public PriorityId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static PriorityId of(String value) {
        return new PriorityId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
