package dev.heartwood.web;

import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.reporting.api.CycleView;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.SchoolCyclesQuery;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A school's appraisal cycles and the school's day, as every page that sets up, chooses or reports on a cycle reads
 * them: through the query the API's list of a school's cycles asks.
 */
@Component
public class SchoolCycles {

    /** More cycles than a school keeps on record: one a year. */
    private static final int A_SCHOOL_AT_MOST = 1000;

    private final Queries queries;
    private final Clock clock;

    public SchoolCycles(Queries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Today, in the school's zone. */
    public LocalDate today() {
        return SchoolTime.today(clock);
    }

    /** Every cycle of the school, the latest year first. */
    public ReportPage<CycleView> of(UUID schoolId) {
        return queries.page(new SchoolCyclesQuery(new SchoolId(schoolId), 0, A_SCHOOL_AT_MOST), CycleView.class);
    }
}
