package dev.heartwood.web.report;

import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.AccessLogQuery;
import dev.heartwood.reporting.api.AccessLogRow;
import dev.heartwood.reporting.api.AccessLogRows;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import dev.heartwood.web.appraisal.People;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * The access log of a school or a trust, newest first, for HR as the API's log is: who read an appraisal's narrative
 * or a pay recommendation, whose, when and by which request, a page at a time. It is written as each read happens, so
 * it is never behind; the API offers it as JSON only, and so does the page.
 */
@Controller
class AccessLogPage {

    static final int PAGE_SIZE = 100;
    private static final String PATH = "/access-log";

    private final Queries queries;

    AccessLogPage(Queries queries) {
        this.queries = queries;
    }

    /** One read as the table shows it. */
    record Line(ZonedDateTime when, String who, String role, String what, String whose, String request) {
    }

    @Allowed(Audience.HR)
    @GetMapping(ReportPlace.SCHOOL + PATH)
    String school(@PathVariable UUID schoolId, @RequestParam(required = false) String page, Viewer viewer,
                  Model model) {
        return log(ReportPlace.school(schoolId, PATH), page, viewer, model);
    }

    @Allowed(Audience.HR)
    @GetMapping(ReportPlace.TRUST + PATH)
    String trust(@PathVariable UUID trustId, @RequestParam(required = false) String page, Viewer viewer,
                 Model model) {
        return log(ReportPlace.trust(trustId, PATH), page, viewer, model);
    }

    private String log(ReportPlace report, String asked, Viewer viewer, Model model) {
        Covered covered = report.covered(queries);
        int page = PageOfRows.asked(asked);
        AccessLogRows shown = queries.answer(new AccessLogQuery(report.scope(), page, PAGE_SIZE),
                AccessLogRows.class);
        People people = new People(queries);
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.REPORTS));
        model.addAttribute("covered", covered);
        model.addAttribute("lines", shown.lines().stream().map(row -> line(row, people)).toList());
        PageOfRows.addTo(model, page, PAGE_SIZE, shown.total(), shown.lines().size(),
                other -> other == 0 ? report.address() : report.address() + "?page=" + other);
        return "report/access-log";
    }

    private static Line line(AccessLogRow row, People people) {
        return new Line(row.readAt().atZoneSameInstant(SchoolTime.DEFAULT_ZONE),
                "ADMINISTRATOR".equals(row.readerRole()) ? "An administrator" : people.nameOf(row.readerId()),
                AuditLogPage.roleWords(row.readerRole()),
                "PAY".equals(row.kind()) ? "Pay recommendation" : "Appraisal narrative",
                row.staffId() == null ? "Many people's (the audit log)" : people.nameOf(row.staffId()),
                row.request());
    }
}
