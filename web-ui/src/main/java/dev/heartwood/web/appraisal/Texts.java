package dev.heartwood.web.appraisal;

import dev.heartwood.kernel.ConfidentialText;
import dev.heartwood.kernel.PersonalText;

/** What a person types into a form, as the commands carry it: personal or confidential text, and none for a field left empty. */
final class Texts {

    private Texts() {
    }

    static PersonalText personal(String typed) {
        return PersonalText.of(typed == null ? "" : typed.strip());
    }

    /** What is typed into a field that may be kept between the appraisal's parties: a note, a piece of evidence. */
    static ConfidentialText confidential(String typed) {
        return ConfidentialText.of(typed == null ? "" : typed.strip());
    }

    /** None when nothing but spaces was typed: an optional comment or summary. */
    static PersonalText optional(String typed) {
        return typed == null || typed.isBlank() ? null : PersonalText.of(typed.strip());
    }
}
