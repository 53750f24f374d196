package dev.heartwood.appraisal.cycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heartwood.appraisal.api.AppraisalCycleOpened;
import dev.heartwood.appraisal.api.AppraisalLookups;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StandardsFramework;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Written in the transaction of the command that opened the cycle (see {@link AppraisalLookups}). */
@Component
@ProcessingGroup(AppraisalLookups.PROCESSING_GROUP)
class CycleLookup implements Cycles {

    private static final TypeReference<Map<StaffCategory, StandardsFramework>> FRAMEWORKS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CycleLookup(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(AppraisalCycleOpened event) throws JsonProcessingException {
        jdbc.sql("""
                        INSERT INTO lookup_cycle (cycle_id, school_id, academic_year, period_start, pay_policy,
                                                  max_objectives, frameworks)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (cycle_id) DO NOTHING""")
                .params(event.cycleId().value(), event.schoolId().value(), event.academicYear().toString(),
                        event.periodStart(), event.payPolicy().name(), event.maxObjectives(),
                        json.writeValueAsString(event.frameworks()))
                .update();
    }

    @Override
    public Optional<CycleFacts> cycle(CycleId cycleId) {
        return jdbc.sql("""
                        SELECT school_id, academic_year, pay_policy, max_objectives, frameworks
                        FROM lookup_cycle WHERE cycle_id = ?""")
                .param(cycleId.value())
                .query((row, n) -> new CycleFacts(cycleId,
                        new SchoolId(row.getObject("school_id", UUID.class)),
                        AcademicYear.parse(row.getString("academic_year")),
                        PayPolicy.valueOf(row.getString("pay_policy")),
                        frameworks(row.getString("frameworks")),
                        row.getInt("max_objectives")))
                .optional();
    }

    @Override
    public Optional<CycleId> cycleFor(SchoolId schoolId, AcademicYear academicYear) {
        return jdbc.sql("SELECT cycle_id FROM lookup_cycle WHERE school_id = ? AND academic_year = ?")
                .params(schoolId.value(), academicYear.toString())
                .query(UUID.class)
                .optional()
                .map(CycleId::new);
    }

    private Map<StaffCategory, StandardsFramework> frameworks(String text) {
        try {
            return json.readValue(text, FRAMEWORKS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
