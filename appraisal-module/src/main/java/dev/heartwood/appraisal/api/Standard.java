package dev.heartwood.appraisal.api;

import java.util.Objects;

/** One standard of a framework, such as "TS1" of the Teachers' Standards. */
public record Standard(String code, String title) {

    public Standard {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
    }
}
