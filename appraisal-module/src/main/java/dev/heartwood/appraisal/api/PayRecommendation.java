package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.PersonalText;

/** The appraiser's recommendation on pay progression, where the cycle's pay policy asks for one. */
public record PayRecommendation(boolean progression, PersonalText rationale) {
}
