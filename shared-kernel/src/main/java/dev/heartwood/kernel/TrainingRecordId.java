package dev.heartwood.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one person's record of mandatory training.
 * Chosen by the client that creates it; written as a plain UUID string.
 */
public record TrainingRecordId(UUID value) {

    public TrainingRecordId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static TrainingRecordId of(String value) {
        return new TrainingRecordId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
