package dev.heartwood.web.appraisal;

import org.springframework.lang.Nullable;

/**
 * A report's pay recommendation as the reader may see it: to the appraisee and to those the pay permission covers;
 * to anyone else it is {@code withheld}, saying only that there is one.
 *
 * @param rationale {@code null} when withheld
 */
public record Pay(boolean progression, @Nullable String rationale, boolean withheld) {
}
