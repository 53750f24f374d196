package dev.heartwood.web.report;

import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Permissions;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The reports a reader may open: for each school they work at or hold a role in, and for each trust whose leader or
 * HR officer they are. Each report is offered to the readers its page admits, so the list holds no link that would be
 * refused.
 */
@Controller
class ReportsIndex {

    /**
     * A report of a school or a trust: its title, its address after {@code .../reports}, and who may open it, the
     * readers its page's access rule admits (ReportsIndexTest compares them).
     */
    record Report(String title, String path, Audience... readers) {
    }

    static final List<Report> OF_A_SCHOOL = List.of(
            new Report("Appraisal completion", "/appraisal-completion", Audience.SCHOOL_LEADER, Audience.HR),
            new Report("Training compliance", "/training-compliance", Audience.SCHOOL_LEADER, Audience.HR),
            new Report("DSL register", "/dsl-register", Audience.SCHOOL_LEADER, Audience.HR, Audience.GOVERNOR),
            new Report("Headteacher's appraisal", "/headteacher-appraisal", Audience.GOVERNOR, Audience.TRUST_LEADER),
            new Report("Objectives and learning over time", "/objectives-and-learning", Audience.SCHOOL_LEADER),
            new Report("CPD hours and spend", "/cpd", Audience.SCHOOL_LEADER, Audience.HR),
            new Report("Audit log", "/audit-log", Audience.SCHOOL_LEADER, Audience.HR),
            new Report("Access log", "/access-log", Audience.HR));

    static final List<Report> OF_A_TRUST = List.of(
            new Report("Trust overview", "/overview", Audience.TRUST_LEADER),
            new Report("Training compliance", "/training-compliance", Audience.TRUST_LEADER, Audience.HR),
            new Report("DSL register", "/dsl-register", Audience.TRUST_LEADER, Audience.HR),
            new Report("Objectives and learning over time", "/objectives-and-learning", Audience.TRUST_LEADER),
            new Report("Audit log", "/audit-log", Audience.TRUST_LEADER, Audience.HR),
            new Report("Access log", "/access-log", Audience.HR));

    /** The reports of one school or trust that the reader may open. */
    record Shelf(String name, List<Navigation.Link> reports) {
    }

    private final Queries queries;
    private final Permissions permissions;

    ReportsIndex(Queries queries, Permissions permissions) {
        this.queries = queries;
        this.permissions = permissions;
    }

    @Allowed(Audience.ANYONE)
    @GetMapping("/reports")
    String reports(Viewer viewer, Model model) {
        List<Shelf> shelves = new ArrayList<>();
        for (UUID trustId : trusts(viewer)) {
            shelf(Covered.trust(queries, trustId), trustId, OF_A_TRUST).ifPresent(shelves::add);
        }
        for (UUID schoolId : schools(viewer)) {
            shelf(Covered.school(queries, schoolId), schoolId, OF_A_SCHOOL).ifPresent(shelves::add);
        }
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.REPORTS));
        model.addAttribute("shelves", shelves);
        return "report/reports";
    }

    private Optional<Shelf> shelf(Covered covered, UUID recordId, List<Report> reports) {
        List<Navigation.Link> links = reports.stream()
                .filter(report -> permissions.allows(recordId, report.readers()))
                .map(report -> new Navigation.Link(report.title(), covered.reports() + report.path(), false))
                .toList();
        return links.isEmpty() ? Optional.empty()
                : Optional.of(new Shelf(covered.name(), links));
    }

    private static Set<UUID> schools(Viewer viewer) {
        Set<UUID> schools = new LinkedHashSet<>();
        viewer.staffRecords().forEach(self -> schools.add(self.schoolId()));
        viewer.grants().stream().map(Viewer.Grant::schoolId).filter(Objects::nonNull).forEach(schools::add);
        return schools;
    }

    private static Set<UUID> trusts(Viewer viewer) {
        Set<UUID> trusts = new LinkedHashSet<>();
        viewer.grants().stream().map(Viewer.Grant::trustId).filter(Objects::nonNull).forEach(trusts::add);
        return trusts;
    }
}
