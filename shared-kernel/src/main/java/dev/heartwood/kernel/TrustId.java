package dev.heartwood.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a multi-academy trust. Chosen by the client that creates it; written as a plain UUID string. */
public record TrustId(UUID value) {

    public TrustId {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static TrustId of(String value) {
        return new TrustId(UUID.fromString(value));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
