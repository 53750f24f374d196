package dev.heartwood.learning.training;

import dev.heartwood.appraisal.api.SchoolRegistered;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.appraisal.api.TrustRegistered;
import dev.heartwood.kernel.IgnoresEvents;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.learning.api.LearningLookups;
import dev.heartwood.learning.api.TrainingRequirementAmended;
import dev.heartwood.learning.api.TrainingRequirementDefined;
import dev.heartwood.learning.api.TrainingRequirementWithdrawn;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * The facts mandatory training checks, copied from the directory's events and its own by a subscribing processor,
 * so that a requirement can be completed the moment it is defined and a person the moment they join.
 */
@Component
@ProcessingGroup(LearningLookups.PROCESSING_GROUP)
@IgnoresEvents({
        // a requirement's school or trust, known from its definition, never changes
        TrainingRequirementAmended.class, TrainingRequirementWithdrawn.class
})
class TrainingLookup implements TrainingFacts {

    private static final RowMapper<SchoolOnRecord> SCHOOL = (row, n) -> new SchoolOnRecord(
            new SchoolId(row.getObject("school_id", UUID.class)), trustOrNull(row.getObject("trust_id", UUID.class)));

    private final JdbcClient jdbc;

    TrainingLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TrustRegistered event) {
        jdbc.sql("INSERT INTO learning_training_trust (trust_id) VALUES (?) ON CONFLICT DO NOTHING")
                .param(event.trustId().value())
                .update();
    }

    @EventHandler
    void on(SchoolRegistered event) {
        jdbc.sql("INSERT INTO learning_training_school (school_id, trust_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(event.schoolId().value(), event.trustId() == null ? null : event.trustId().value())
                .update();
    }

    @EventHandler
    void on(StaffMemberRegistered event) {
        jdbc.sql("INSERT INTO learning_training_staff (staff_id, school_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(event.staffId().value(), event.schoolId().value())
                .update();
    }

    @EventHandler
    void on(TrainingRequirementDefined event) {
        jdbc.sql("""
                        INSERT INTO learning_training_requirement (requirement_id, school_id, trust_id)
                        VALUES (?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.requirementId().value(), event.schoolId() == null ? null : event.schoolId().value(),
                        event.trustId() == null ? null : event.trustId().value())
                .update();
    }

    @Override
    public boolean trustExists(TrustId trustId) {
        return jdbc.sql("SELECT count(*) FROM learning_training_trust WHERE trust_id = ?")
                .param(trustId.value())
                .query(Long.class)
                .single() > 0;
    }

    @Override
    public Optional<SchoolOnRecord> school(SchoolId schoolId) {
        return jdbc.sql("SELECT school_id, trust_id FROM learning_training_school WHERE school_id = ?")
                .param(schoolId.value())
                .query(SCHOOL)
                .optional();
    }

    @Override
    public Optional<SchoolOnRecord> schoolOf(StaffId staffId) {
        return jdbc.sql("""
                        SELECT school.school_id, school.trust_id
                        FROM learning_training_staff staff
                        JOIN learning_training_school school ON school.school_id = staff.school_id
                        WHERE staff.staff_id = ?""")
                .param(staffId.value())
                .query(SCHOOL)
                .optional();
    }

    @Override
    public Optional<RequirementOnRecord> requirement(RequirementId requirementId) {
        return jdbc.sql("SELECT school_id, trust_id FROM learning_training_requirement WHERE requirement_id = ?")
                .param(requirementId.value())
                .query((row, n) -> new RequirementOnRecord(requirementId,
                        Optional.ofNullable(row.getObject("school_id", UUID.class)).map(SchoolId::new).orElse(null),
                        trustOrNull(row.getObject("trust_id", UUID.class))))
                .optional();
    }

    private static TrustId trustOrNull(UUID trustId) {
        return trustId == null ? null : new TrustId(trustId);
    }
}
