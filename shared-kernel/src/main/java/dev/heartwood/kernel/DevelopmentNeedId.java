package dev.heartwood.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a development need identified in an appraisal, which professional learning can address.
 * Chosen by the client that creates it; written as a plain UUID string.
 */
public record DevelopmentNeedId(UUID value) {

    public DevelopmentNeedId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static DevelopmentNeedId of(String value) {
        return new DevelopmentNeedId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
