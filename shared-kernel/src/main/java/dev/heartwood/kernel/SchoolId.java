package dev.heartwood.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a school. Chosen by the client that creates it; written as a plain UUID string. */
public record SchoolId(UUID value) {

    public SchoolId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static SchoolId of(String value) {
        return new SchoolId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
