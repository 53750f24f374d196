package dev.heartwood.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies one appraisal objective. Chosen by the client that creates it; written as a plain UUID string. */
public record ObjectiveId(UUID value) {

    public ObjectiveId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static ObjectiveId of(String value) {
        return new ObjectiveId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
