package dev.heartwood.web.appraisal;

import org.springframework.lang.Nullable;

import java.time.LocalDate;

/**
 * Something written in an appraisal on a day: a progress note, a reference to evidence, a review's summary, a
 * statement, a comment. Confidential writing that the reader may not see is {@code withheld}: it shows that it was
 * written and when, and not what it says.
 *
 * @param by        who wrote it, in words (a name, or which party)
 * @param text      what it says; {@code null} when withheld or when nothing was written
 * @param reference where evidence is held, for a reference to evidence
 */
public record Writing(LocalDate on, @Nullable String by, @Nullable String text, @Nullable String reference,
               boolean confidential, boolean withheld) {

    static Writing of(LocalDate on, String by, String text) {
        return new Writing(on, by, text, null, false, false);
    }
}
