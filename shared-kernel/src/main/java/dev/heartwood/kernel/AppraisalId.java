package dev.heartwood.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies one person's appraisal in one academic year. Chosen by the client that creates it; written as a plain UUID string. */
public record AppraisalId(UUID value) {

    public AppraisalId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static AppraisalId of(String value) {
        return new AppraisalId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
