package dev.heartwood.reporting.api;

import org.springframework.lang.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One completion of required training in a person's record: which requirement (its title and category as they stood
 * on the day), when, from whom, and the certificate. {@code lastEventIndex} is the position of the last event
 * applied to it.
 *
 * @param category     the requirement'@Nullable s category, such as SAFEGUARDING_UPDATE or FIRST_AID_AT_WORK
 * @param supersededOn the day of the person's next completion of the same requirement; empty for the latest
 */
public record TrainingCompletionRow(UUID staffId, UUID requirementId, @Nullable String requirementTitle,
                                    String category, LocalDate completedOn, @Nullable String provider,
                                    @Nullable String certificateReference, @Nullable LocalDate supersededOn,
                                    long lastEventIndex) {
}
