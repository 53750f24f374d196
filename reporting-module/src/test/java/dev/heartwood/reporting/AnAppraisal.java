package dev.heartwood.reporting;

import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StandardsFramework;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.eventhandling.DomainEventMessage;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A teacher's appraisal in a school's 2025/26 cycle, for the projections' tests to record events of. */
public record AnAppraisal(AppraisalId id, CycleId cycle, SchoolId school, StaffId appraisee, StaffId appraiser) {

    public static final AcademicYear YEAR = AcademicYear.parse("2025/26");

    public AnAppraisal() {
        this(new AppraisalId(UUID.randomUUID()), new CycleId(UUID.randomUUID()), new SchoolId(UUID.randomUUID()),
                new StaffId(UUID.randomUUID()), new StaffId(UUID.randomUUID()));
    }

    public AppraisalStarted started(LocalDate on) {
        return new AppraisalStarted(id, cycle, school, YEAR, appraisee, appraiser, StaffCategory.TEACHER,
                StandardsFramework.TEACHERS_STANDARDS_2011, PayPolicy.PERFORMANCE_RELATED, 3, false, on);
    }

    /** The event as the appraisal's aggregate records it, the next in its sequence. */
    public DomainEventMessage<?> recorded(ProjectionSchema schema, Object payload) {
        return schema.event("Appraisal", id.toString(), payload, Map.of());
    }
}
