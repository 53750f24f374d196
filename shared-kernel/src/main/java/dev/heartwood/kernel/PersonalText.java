package dev.heartwood.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * Free text about a person: a name, an e-mail address, an objective, a note, a reflection.
 * Every such field of an event is typed with this, so that per-person encryption (crypto-shredding on an
 * erasure request) can later be added to its serialised form without rewriting history.
 * {@link #toString()} never reveals the text, so it cannot leak into logs by accident.
 */
public record PersonalText(String text) {

    public PersonalText {
        Objects.requireNonNull(text, "text");
    }

    @JsonCreator
    public static PersonalText of(String text) {
        return new PersonalText(text);
    }

    @JsonValue
    @Override
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return "PersonalText[" + text.length() + " characters]";
    }
}
