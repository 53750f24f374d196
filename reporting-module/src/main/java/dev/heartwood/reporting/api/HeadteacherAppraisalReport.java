package dev.heartwood.reporting.api;

import org.springframework.lang.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What governors need to see of their headteacher's appraisal for a year: usually one appraisal, two when the
 * headship changed during the year.
 *
 * @param payDecisionBy the cycle's deadline for the headteacher's pay decision (31 December by default)
 */
public record HeadteacherAppraisalReport(UUID schoolId, UUID cycleId, String academicYear, LocalDate payDecisionBy,
                                         List<Appraisal> appraisals, Freshness freshness) {

    /**
     * One headteacher's appraisal. Dates are empty until the step is done.
     *
     * @param status             UNDER_WAY, COMPLETED or TERMINATED
     * @param panel              the governors on the panel, the chair first
     * @param externalAdviser    {@code null} until one is appointed
     * @param consultations      each time the adviser was consulted, in date order
     * @param objectivesAgreedOn the day both parties had agreed the objectives as they now stand
     * @param onTime             completed by {@code payDecisionBy}, or still under way with that day not passed
     */
    public record Appraisal(UUID appraisalId, Person headteacher, String status, List<Person> panel,
                            @Nullable Person chair, @Nullable ExternalAdviser externalAdviser,
                            List<Consultation> consultations, @Nullable LocalDate objectivesSetOn,
                            @Nullable LocalDate objectivesAgreedOn, @Nullable LocalDate finalReviewOn,
                            @Nullable LocalDate reportIssuedOn, @Nullable LocalDate appraiseeSignedOffOn,
                            @Nullable LocalDate appraiserSignedOffOn, @Nullable LocalDate completedOn, boolean onTime) {
    }

    /** A person by id, with their name once the directory has it. */
    public record Person(UUID staffId, @Nullable String name) {
    }

    public record ExternalAdviser(String name, @Nullable String organisation, LocalDate appointedOn) {
    }

    /** @param stage OBJECTIVE_SETTING or FINAL_REVIEW */
    public record Consultation(String stage, LocalDate consultedOn) {
    }
}
