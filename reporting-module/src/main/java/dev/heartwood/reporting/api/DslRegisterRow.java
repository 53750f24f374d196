package dev.heartwood.reporting.api;

import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.learning.api.ComplianceStatus;
import org.springframework.lang.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A designated safeguarding lead or deputy on the day asked about, with their formal DSL training and their annual
 * safeguarding update. Where several requirements of a kind apply, the one falling due first is shown; the
 * training columns are empty when none applies.
 *
 * @param role      DSL or DEPUTY_DSL (someone holding both appears once for each)
 * @param roleSince the day since which they have held the role without a break
 */
public record DslRegisterRow(UUID schoolId, @Nullable String schoolName, UUID staffId, @Nullable String staffName,
                             StaffRole role, LocalDate roleSince, @Nullable ComplianceStatus dslTrainingStatus,
                             @Nullable LocalDate lastDslTrainingOn, @Nullable LocalDate dslTrainingDueOn,
                             @Nullable ComplianceStatus safeguardingUpdateStatus,
                             @Nullable LocalDate lastSafeguardingUpdateOn,
                             @Nullable LocalDate safeguardingUpdateDueOn) {
}
