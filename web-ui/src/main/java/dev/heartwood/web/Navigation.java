package dev.heartwood.web;

import dev.heartwood.kernel.web.Viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The links across the top of every signed-in page, for what the reader does: their own appraisal, learning and
 * training; an appraiser's people; a leader's dashboard (a trust's overview for a trust's leader), approvals, staff
 * and reports; an administrator's administration. A link shows only to someone who could use it (the page behind
 * it still asks the access policy).
 */
public record Navigation(List<Link> links) {

    /** A link of the service navigation; {@code current} marks the section the page belongs to. */
    public record Link(String label, String href, boolean current) {
    }

    /** The sections of the pages, in the order the navigation shows them. */
    public enum Section {
        HOME("Home", "/"),
        TRUST_OVERVIEW("Trust overview", "/dashboard"),
        DASHBOARD("School dashboard", "/dashboard"),
        REPORTS("Reports", "/reports"),
        APPRAISAL("My appraisal", "/appraisal"),
        APPRAISEES("My appraisees", "/appraisees"),
        LEARNING("My learning", "/learning"),
        TRAINING("My training", "/training"),
        APPROVALS("Learning to approve", "/approvals"),
        STAFF("Staff", "/staff"),
        ADMINISTRATION("Administration", "/administration");

        private final String label;
        private final String href;

        Section(String label, String href) {
            this.label = label;
            this.href = href;
        }
    }

    private static final Set<String> LEADING_CATEGORIES = Set.of("HEADTEACHER");
    private static final Set<String> LEADING_GRANTS = Set.of("SENIOR_LEADER", "TRUST_LEADER");

    /** The links for a reader, with {@code current} marked. */
    public static Navigation of(Viewer viewer, Section current) {
        List<Link> links = new ArrayList<>();
        for (Section section : Section.values()) {
            if (offered(section, viewer)) {
                links.add(new Link(section.label, section.href, section == current));
            }
        }
        return new Navigation(links);
    }

    private static boolean offered(Section section, Viewer viewer) {
        boolean staff = !viewer.staffRecords().isEmpty();
        return switch (section) {
            case HOME -> true;
            // a trust's leader's /dashboard is the trust's overview, from which each school's opens
            case TRUST_OVERVIEW -> holds(viewer, "TRUST_LEADER");
            case DASHBOARD -> headsASchool(viewer) && !holds(viewer, "TRUST_LEADER");
            case REPORTS -> leads(viewer) || holds(viewer, "HR") || governs(viewer);
            case APPRAISAL, APPRAISEES, LEARNING, TRAINING -> staff;
            case APPROVALS -> leads(viewer);
            case STAFF -> leads(viewer) || holds(viewer, "HR");
            case ADMINISTRATION -> viewer.administrator();
        };
    }

    static boolean leads(Viewer viewer) {
        return viewer.staffRecords().stream().anyMatch(self -> LEADING_CATEGORIES.contains(self.category()))
                || viewer.grants().stream().anyMatch(grant -> LEADING_GRANTS.contains(grant.role()));
    }

    /** A headteacher or senior leader: the dashboard's readers, who lead a school rather than a trust. */
    static boolean headsASchool(Viewer viewer) {
        return viewer.staffRecords().stream().anyMatch(self -> LEADING_CATEGORIES.contains(self.category()))
                || holds(viewer, "SENIOR_LEADER");
    }

    static boolean governs(Viewer viewer) {
        return viewer.staffRecords().stream().anyMatch(self -> self.category().equals("GOVERNOR"));
    }

    static boolean holds(Viewer viewer, String role) {
        return viewer.grants().stream().anyMatch(grant -> grant.role().equals(role));
    }
}
