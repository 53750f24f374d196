package dev.heartwood.reporting.api;

import dev.heartwood.kernel.StaffId;

/**
 * Asks for the appraisals under way in which a person is the appraisee or the appraiser, each with the day of every
 * step done so far and its cycle's deadlines: what the person's next steps are and by when. Sent by the pages that
 * tell a person what needs them; answered with a list of {@link AppraisalStepsRow}, the earliest year first.
 */
public record AppraisalStepsQuery(StaffId staffId) {
}
