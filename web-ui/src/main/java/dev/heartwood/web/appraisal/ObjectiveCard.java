package dev.heartwood.web.appraisal;

import dev.heartwood.appraisal.api.Standard;
import dev.heartwood.reporting.api.SchoolPriorityRow;
import org.springframework.lang.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An objective as an appraisal's page shows it: its terms as they now stand, with the standards and school
 * priorities it serves by name, and how it ended the year.
 *
 * @param priorities the school's priorities it serves; one the school no longer lists is named as such
 * @param outcome    the outcome's name (MET, PARTIALLY_MET, NOT_MET, CONTINUING), or {@code null} before one
 * @param outcomeSaid the outcome's day and comment
 * @param withdrawal the withdrawal's day and reason
 */
public record ObjectiveCard(UUID objectiveId, String title, String successCriteria, List<Standard> standards,
                            List<SchoolPriorityRow> priorities, LocalDate setOn, int revisions, @Nullable LocalDate lastRevisedOn,
                            @Nullable String outcome, @Nullable Writing outcomeSaid, @Nullable Writing withdrawal) {

    public boolean withdrawn() {
        return withdrawal != null;
    }
}
