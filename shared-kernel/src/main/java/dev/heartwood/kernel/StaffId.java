package dev.heartwood.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a member of staff (appraisee, appraiser, governor or any other person in the directory). Chosen by the client that creates it; written as a plain UUID string. */
public record StaffId(UUID value) {

    public StaffId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static StaffId of(String value) {
        return new StaffId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
