package dev.heartwood.web.learning;

import dev.heartwood.kernel.PersonalText;

/** A form's optional text: a field left empty (or only spaces) is no answer at all. */
final class Texts {

    private Texts() {
    }

    static String orNone(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static PersonalText personalOrNone(String text) {
        String answer = orNone(text);
        return answer == null ? null : PersonalText.of(answer);
    }
}
