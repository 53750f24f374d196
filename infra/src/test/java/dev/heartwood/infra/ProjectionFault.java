package dev.heartwood.infra;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

/**
 * A real fault in a projection: a constraint that refuses new objective rows of one appraisal in the appraisal
 * summary, until it is mended, so that the summary's processor parks that appraisal's events.
 */
public record ProjectionFault(JdbcClient jdbc, String constraint) implements AutoCloseable {

    public static ProjectionFault refusingObjectivesOf(JdbcClient jdbc, UUID appraisalId) {
        ProjectionFault fault = new ProjectionFault(jdbc, "refuses_" + appraisalId.toString().replace("-", ""));
        // NOT VALID: the rows already there are left alone, new ones are checked
        jdbc.sql("ALTER TABLE appraisal_summary_objective ADD CONSTRAINT " + fault.constraint()
                + " CHECK (appraisal_id <> '" + appraisalId + "') NOT VALID").update();
        return fault;
    }

    public void mend() {
        jdbc.sql("ALTER TABLE appraisal_summary_objective DROP CONSTRAINT IF EXISTS " + constraint).update();
    }

    @Override
    public void close() {
        mend();
    }
}
