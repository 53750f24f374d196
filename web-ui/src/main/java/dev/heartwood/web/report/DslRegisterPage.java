package dev.heartwood.web.report;

import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.DslRegisterQuery;
import dev.heartwood.reporting.api.DslRegisterRow;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The DSL register of a school or a trust on a day (today unless another is picked), to print for governors and inspectors on one sheet of A4: each
 * designated safeguarding lead and deputy, since when, their DSL training and their safeguarding update, each with
 * its status in words and the day it is next due. Its readers are the API's register's (the school's leaders and HR;
 * for a trust its leaders and HR); the CSV download is the register shown.
 */
@Controller
class DslRegisterPage {

    private static final String PATH = "/dsl-register";

    private final Queries queries;
    private final Clock clock;

    DslRegisterPage(Queries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR, Audience.GOVERNOR})
    @GetMapping(ReportPlace.SCHOOL + PATH)
    String school(@PathVariable UUID schoolId, @RequestParam(required = false) String on, Viewer viewer,
                  Model model) {
        return register(ReportPlace.school(schoolId, PATH), day(on), viewer, model);
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR, Audience.GOVERNOR})
    @GetMapping(path = ReportPlace.SCHOOL + PATH, params = "format=csv", produces = ReportPage.CSV)
    @ResponseBody
    ReportPage<DslRegisterRow> schoolCsv(@PathVariable UUID schoolId, @RequestParam(required = false) String on) {
        return rows(ReportScope.school(schoolId), day(on));
    }

    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping(ReportPlace.TRUST + PATH)
    String trust(@PathVariable UUID trustId, @RequestParam(required = false) String on, Viewer viewer,
                 Model model) {
        return register(ReportPlace.trust(trustId, PATH), day(on), viewer, model);
    }

    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping(path = ReportPlace.TRUST + PATH, params = "format=csv", produces = ReportPage.CSV)
    @ResponseBody
    ReportPage<DslRegisterRow> trustCsv(@PathVariable UUID trustId, @RequestParam(required = false) String on) {
        return rows(ReportScope.trust(trustId), day(on));
    }

    private String register(ReportPlace report, LocalDate on, Viewer viewer, Model model) {
        Covered covered = report.covered(queries);
        ReportPage<DslRegisterRow> register = rows(report.scope(), on);
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.REPORTS));
        model.addAttribute("covered", covered);
        model.addAttribute("place", report.address());
        model.addAttribute("on", on);
        model.addAttribute("rows", register.rows());
        model.addAttribute("asOf", AsOf.of(register.freshness()));
        model.addAttribute("csv", report.address() + "?on=" + on + "&format=csv");
        return "report/dsl-register";
    }

    private ReportPage<DslRegisterRow> rows(ReportScope scope, LocalDate on) {
        return queries.page(new DslRegisterQuery(scope, on), DslRegisterRow.class);
    }

    private LocalDate day(String asked) {
        return ReportDay.asked(asked).orElseGet(() -> SchoolTime.today(clock));
    }
}
