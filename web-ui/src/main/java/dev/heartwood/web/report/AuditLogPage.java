package dev.heartwood.web.report;

import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.AppraisalNarrative;
import dev.heartwood.reporting.api.AuditEntry;
import dev.heartwood.reporting.api.AuditLogQuery;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import dev.heartwood.web.appraisal.People;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The audit log of a school or a trust, newest first, for the readers of the API's log (the school's leaders and HR;
 * for a trust its leaders and HR): when, who in which role, what happened in words, whose record and why, filtered by
 * days and by what happened, a page at a time. Its reasons are read as the API's are, so opening it is written to the
 * access log; the CSV download is the page on screen.
 */
@Controller
class AuditLogPage {

    /** As many rows as the API's log serves by default, so that the page's CSV is the API's. */
    static final int PAGE_SIZE = 100;
    private static final String PATH = "/audit-log";

    private final Queries queries;

    AuditLogPage(Queries queries) {
        this.queries = queries;
    }

    /** One entry as the table shows it. */
    record Line(ZonedDateTime when, String who, @Nullable String role, String what, @Nullable String whose,
                @Nullable String why) {
    }

    /** The lines shown: they carry the reasons steps were taken, which the access log records as narrative read. */
    record Shown(List<Line> lines) implements AppraisalNarrative {
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping(ReportPlace.SCHOOL + PATH)
    String school(@PathVariable UUID schoolId, AuditLogFilter.Asked asked, Viewer viewer, Model model) {
        return log(ReportPlace.school(schoolId, PATH), asked, viewer, model);
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping(path = ReportPlace.SCHOOL + PATH, params = "format=csv", produces = ReportPage.CSV)
    @ResponseBody
    ReportPage<AuditEntry> schoolCsv(@PathVariable UUID schoolId, AuditLogFilter.Asked asked) {
        return entries(ReportPlace.school(schoolId, PATH), asked);
    }

    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping(ReportPlace.TRUST + PATH)
    String trust(@PathVariable UUID trustId, AuditLogFilter.Asked asked, Viewer viewer, Model model) {
        return log(ReportPlace.trust(trustId, PATH), asked, viewer, model);
    }

    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping(path = ReportPlace.TRUST + PATH, params = "format=csv", produces = ReportPage.CSV)
    @ResponseBody
    ReportPage<AuditEntry> trustCsv(@PathVariable UUID trustId, AuditLogFilter.Asked asked) {
        return entries(ReportPlace.trust(trustId, PATH), asked);
    }

    /** "ObjectiveSet" as "Objective set". */
    static String words(String kind) {
        String spaced = kind.replaceAll("(?<=[a-z])(?=[A-Z])", " ");
        return spaced.charAt(0) + spaced.substring(1).toLowerCase();
    }

    private ReportPage<AuditEntry> entries(ReportPlace report, AuditLogFilter.Asked asked) {
        return entries(report.scope(), AuditLogFilter.of(report.address(), asked));
    }

    private ReportPage<AuditEntry> entries(ReportScope scope, AuditLogFilter filter) {
        return queries.page(new AuditLogQuery(scope.schoolId(), scope.trustId(), filter.fromInstant(),
                filter.toInstant(), null, null, filter.kind().orElse(null), filter.page(), PAGE_SIZE),
                AuditEntry.class);
    }

    private String log(ReportPlace report, AuditLogFilter.Asked asked, Viewer viewer, Model model) {
        Covered covered = report.covered(queries);
        AuditLogFilter filter = AuditLogFilter.of(report.address(), asked);
        ReportPage<AuditEntry> shown = entries(report.scope(), filter);
        People people = new People(queries).knowing(shown.rows().stream()
                .flatMap(entry -> Stream.of(entry.staffId(), person(entry.actorId()))).toList());
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.REPORTS));
        model.addAttribute("covered", covered);
        model.addAttribute("filter", filter);
        model.addAttribute("shown", new Shown(shown.rows().stream().map(entry -> line(entry, people)).toList()));
        PageOfRows.addTo(model, filter.page(), PAGE_SIZE, shown.total(), shown.rows().size(),
                page -> filter.onPage(page).address(false));
        model.addAttribute("counted", counted(shown.total()));
        model.addAttribute("asOf", AsOf.of(shown.freshness()));
        model.addAttribute("csv", filter.address(true));
        return "report/audit-log";
    }

    /** How many entries match, in words: beyond those the log counts, only that there are more. */
    static String counted(long total) {
        return total > AuditLogQuery.MOST_COUNTED
                ? String.format(Locale.UK, "more than %,d", AuditLogQuery.MOST_COUNTED) : Long.toString(total);
    }

    private static Line line(AuditEntry entry, People people) {
        return new Line(entry.occurredAt().atZone(SchoolTime.DEFAULT_ZONE), who(entry, people),
                entry.actorRole() == null ? null : roleWords(entry.actorRole()),
                words(entry.kind()), entry.staffId() == null ? null : people.nameOf(entry.staffId()), entry.reason());
    }

    /** "SENIOR_LEADER" as "Senior leader"; "HR" as it is. */
    static String roleWords(String role) {
        if ("HR".equals(role)) {
            return role;
        }
        String spaced = role.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String who(AuditEntry entry, People people) {
        if ("ADMINISTRATOR".equals(entry.actorRole())) {
            return "An administrator";
        }
        if (entry.actorId() == null) {
            return "Heartwood";
        }
        UUID person = person(entry.actorId());
        return person == null ? entry.actorId() : people.nameOf(person);
    }

    /** The person an actor is, when it is one; none for no actor or one named otherwise. */
    @Nullable
    private static UUID person(@Nullable String actorId) {
        if (actorId == null) {
            return null;
        }
        try {
            return UUID.fromString(actorId);
        } catch (IllegalArgumentException notAPerson) {
            return null;
        }
    }
}
