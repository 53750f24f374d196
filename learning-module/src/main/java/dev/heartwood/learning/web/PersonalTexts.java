package dev.heartwood.learning.web;

import dev.heartwood.kernel.PersonalText;

/** Optional free text from a request, typed as personal text for the command. */
final class PersonalTexts {

    private PersonalTexts() {
    }

    static PersonalText orNull(String text) {
        return text == null ? null : PersonalText.of(text);
    }
}
