package dev.heartwood.reporting.api;

import org.springframework.lang.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A piece of professional learning in a list: what was asked for, the decision on it and how it was completed. The
 * person's name comes from the directory and is empty until it has it; {@code lastEventIndex} is the position of the
 * last event applied to the learning. Hours and costs (in pounds) as asked for are empty for learning logged as
 * already done, and those as completed until it is.
 *
 * @param type          COURSE, COACHING, INSET, NETWORK, READING, QUALIFICATION or OTHER
 * @param status        REQUESTED (awaiting a decision), APPROVED, DECLINED or COMPLETED
 * @param requestedOn   the day it was asked for; empty for learning logged as already done
 * @param decidedOn     the day it was approved or declined
 * @param academicYear  the year the reports count it in: that of its completion once completed, of its start until
 *                      then
 */
public record CpdActivityRow(UUID activityId, UUID schoolId, UUID staffId, @Nullable String staffName, String title,
                             String type, @Nullable String provider, String status, @Nullable LocalDate requestedOn,
                             @Nullable String intendedImpact, @Nullable BigDecimal expectedHours,
                             @Nullable BigDecimal expectedCost, @Nullable BigDecimal coverDays, LocalDate startsOn,
                             LocalDate endsOn, @Nullable LocalDate decidedOn, @Nullable String declineReason,
                             @Nullable LocalDate completedOn, @Nullable BigDecimal completedHours,
                             @Nullable BigDecimal completedCost, @Nullable String certificateReference,
                             String academicYear, long lastEventIndex) {
}
