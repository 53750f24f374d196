package dev.heartwood.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a professional learning activity of one person.
 * Chosen by the client that creates it; written as a plain UUID string.
 */
public record CpdActivityId(UUID value) {

    public CpdActivityId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static CpdActivityId of(String value) {
        return new CpdActivityId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
