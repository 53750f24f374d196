package dev.heartwood.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a school's appraisal cycle for one academic year.
 * Chosen by the client that creates it; written as a plain UUID string.
 */
public record CycleId(UUID value) {

    public CycleId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static CycleId of(String value) {
        return new CycleId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
