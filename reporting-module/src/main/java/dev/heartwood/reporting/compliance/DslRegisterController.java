package dev.heartwood.reporting.compliance;

import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.reporting.api.DslRegisterQuery;
import dev.heartwood.reporting.api.DslRegisterRow;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.query.Answers;
import dev.heartwood.reporting.query.ReportCsvConverter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/** The DSL register of a school or a trust on any day. */
@RestController
@Tag(name = "Reports")
class DslRegisterController {

    private final Answers answers;
    private final Clock clock;

    DslRegisterController(Answers answers, Clock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    @Operation(summary = "The DSLs and deputy DSLs on a day (today unless 'on' is given), with their last DSL "
            + "training, when it is next due, and their last safeguarding update")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR, Audience.GOVERNOR})
    @GetMapping(path = "/api/schools/{schoolId}/reports/dsl-register",
            produces = {MediaType.APPLICATION_JSON_VALUE, ReportCsvConverter.TEXT_CSV_VALUE})
    ReportPage<DslRegisterRow> school(@RequestParam(required = false) LocalDate on, ReportScope school) {
        return register(school, on);
    }

    @Operation(summary = "The DSL register of every school of a trust on a day")
    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping(path = "/api/trusts/{trustId}/reports/dsl-register",
            produces = {MediaType.APPLICATION_JSON_VALUE, ReportCsvConverter.TEXT_CSV_VALUE})
    ReportPage<DslRegisterRow> trust(@RequestParam(required = false) LocalDate on, ReportScope trust) {
        return register(trust, on);
    }

    private ReportPage<DslRegisterRow> register(ReportScope scope, LocalDate on) {
        return answers.page(new DslRegisterQuery(scope, on == null ? SchoolTime.today(clock) : on));
    }
}
