package dev.heartwood.web.appraisal;

import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.Standard;
import dev.heartwood.reporting.api.AppraisalNarrative;
import dev.heartwood.reporting.api.SchoolPriorityRow;
import dev.heartwood.web.Navigation;
import org.springframework.lang.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An appraisal as its page shows it to one reader: where it stands, its objectives, what has been written in it (as
 * far as the reader may read it), its history, and what the reader may do next.
 *
 * @param status      UNDER_WAY, EXEMPT, COMPLETED or TERMINATED
 * @param readerParty the side the reader speaks for, or {@code null} for a leader, a governor or an administrator
 * @param standards   the standards of the appraisee's framework, which objectives link to
 * @param priorities  the school's priorities for the year, which objectives serve
 */
public record AppraisalFile(UUID appraisalId, UUID schoolId, String schoolName, String academicYear, String status,
                            @Nullable String exemption, UUID appraiseeId, String appraiseeName,
                            @Nullable UUID appraiserId, @Nullable String appraiserName,
                            @Nullable AppraisalParty readerParty, LocalDate startedOn, boolean standardsCommunicated,
                            @Nullable String framework, List<Standard> standards, List<SchoolPriorityRow> priorities,
                            List<ObjectiveCard> objectives, @Nullable Writing appraiseeAgreed,
                            @Nullable Writing appraiserAgreed, List<Writing> disagreements, List<Writing> notes,
                            List<Writing> evidence,
                            @Nullable Writing midYearReview, @Nullable Writing selfReview,
                            @Nullable LocalDate finalReviewOn, List<Writing> developmentNeeds, boolean asksForPay,
                            @Nullable Writing report, @Nullable Pay pay, @Nullable Writing appraiseeSignedOff,
                            @Nullable Writing appraiserSignedOff, @Nullable LocalDate completedOn,
                            List<HistoryLine> history, Actions actions) implements AppraisalNarrative {

    /** The access log records the page's read of this appraisal (infra's PageReads). */
    @Override
    public Optional<UUID> narrativeOf() {
        return Optional.of(appraisalId);
    }

    @Override
    public boolean showsPay() {
        return pay != null && !pay.withheld();
    }

    /** "Your appraisal" to the appraisee, "Asha Patel's appraisal" to anyone else. */
    public String heading() {
        return readerParty == AppraisalParty.APPRAISEE ? "Your appraisal" : appraiseeName + "'s appraisal";
    }

    /** The section of the pages the appraisal belongs to for the reader: their own, or one of their appraisees'. */
    public Navigation.Section section() {
        return readerParty == AppraisalParty.APPRAISEE ? Navigation.Section.APPRAISAL
                : readerParty == AppraisalParty.APPRAISER ? Navigation.Section.APPRAISEES : null;
    }

    public boolean underWay() {
        return "UNDER_WAY".equals(status);
    }

    /** The objectives in force, withdrawn ones left out. */
    public List<ObjectiveCard> activeObjectives() {
        return objectives.stream().filter(objective -> !objective.withdrawn()).toList();
    }

    /** The objective with this identifier, if the appraisal has it. */
    public Optional<ObjectiveCard> objective(UUID objectiveId) {
        return objectives.stream().filter(objective -> objective.objectiveId().equals(objectiveId)).findFirst();
    }
}
