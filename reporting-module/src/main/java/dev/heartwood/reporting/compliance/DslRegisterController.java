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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

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
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping(path = "/api/schools/{schoolId}/reports/dsl-register",
            produces = {MediaType.APPLICATION_JSON_VALUE, ReportCsvConverter.TEXT_CSV_VALUE})
    ReportPage<DslRegisterRow> school(@PathVariable UUID schoolId, @RequestParam(required = false) LocalDate on) {
        return register(ReportScope.school(schoolId), on);
    }

    @Operation(summary = "The DSL register of every school of a trust on a day")
    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping(path = "/api/trusts/{trustId}/reports/dsl-register",
            produces = {MediaType.APPLICATION_JSON_VALUE, ReportCsvConverter.TEXT_CSV_VALUE})
    ReportPage<DslRegisterRow> trust(@PathVariable UUID trustId, @RequestParam(required = false) LocalDate on) {
        return register(ReportScope.trust(trustId), on);
    }

    private ReportPage<DslRegisterRow> register(ReportScope scope, LocalDate on) {
        return answers.page(new DslRegisterQuery(answers.known(scope), on == null ? SchoolTime.today(clock) : on));
    }
}
