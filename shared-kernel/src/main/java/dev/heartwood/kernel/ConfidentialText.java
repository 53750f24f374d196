package dev.heartwood.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * Personal text written in confidence: a progress note or a piece of evidence that its writer may keep between the
 * parties to the record. A history shows such a field only to those parties unless its event says it was written
 * openly ({@code confidential} false); the redaction finds these fields by this type, so an event that adds one is
 * redacted without a change there. It is written as the plain string a {@link PersonalText} is, so a field may move
 * from one to the other without rewriting history, and, like it, {@link #toString()} never reveals the text.
 */
public record ConfidentialText(String text) {

    public ConfidentialText {
        Objects.requireNonNull(text, "text");
    }

    @JsonCreator
    public static ConfidentialText of(String text) {
        return new ConfidentialText(text);
    }

    @JsonValue
    @Override
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return "ConfidentialText[" + text.length() + " characters]";
    }
}
