package dev.heartwood.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a mandatory training requirement of a school or trust.
 * Chosen by the client that creates it; written as a plain UUID string.
 */
public record RequirementId(UUID value) {

    public RequirementId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static RequirementId of(String value) {
        return new RequirementId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
