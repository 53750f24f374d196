package dev.heartwood.web.staff;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.SchoolQuery;
import dev.heartwood.reporting.api.SchoolStaffQuery;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.reporting.api.StaffSort;
import dev.heartwood.reporting.api.StaffStatus;
import dev.heartwood.web.FormProblem;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finding a person on a school's staff, for its leaders and HR: by a part of their name, e-mail address or MIS id,
 * of one category, current staff or leavers, a page at a time. A reader who looks after one school searches it; a
 * trust's leader or HR chooses one of the trust's schools.
 */
@Controller
class StaffSearchPage {

    static final int PAGE_SIZE = 50;
    /** As the API's search. */
    private static final int LONGEST_SEARCH = 200;

    private final Queries queries;
    private final LookedAfterSchools schools;
    private final Clock clock;

    StaffSearchPage(Queries queries, LookedAfterSchools schools, Clock clock) {
        this.queries = queries;
        this.schools = schools;
        this.clock = clock;
    }

    /** What the search form asks, as its fields send it; a value the form could not have sent is left out. */
    record Search(Optional<UUID> school, String q, Optional<StaffCategory> category, StaffStatus status, int page) {

        static Search of(String school, String q, String category, String status, String page) {
            return new Search(identifier(school), q == null ? "" : q.strip(), constant(StaffCategory.class, category),
                    constant(StaffStatus.class, status).orElse(StaffStatus.CURRENT),
                    page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0);
        }

        /** The address of another page of these results, or of the same search in another school. */
        String address(UUID schoolId, int page) {
            UriComponentsBuilder address = UriComponentsBuilder.fromPath("/staff").queryParam("school", schoolId);
            if (!q.isEmpty()) {
                address.queryParam("q", q);
            }
            category.ifPresent(chosen -> address.queryParam("category", chosen.name()));
            address.queryParam("status", status.name());
            if (page > 0) {
                address.queryParam("page", page);
            }
            return address.encode().toUriString();
        }

        private static Optional<UUID> identifier(String text) {
            try {
                return text == null || text.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
            } catch (IllegalArgumentException notAnIdentifier) {
                throw notLookedAfter();
            }
        }

        private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
            return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
        }
    }

    /** A link to another page of results. */
    record PageLink(String href, int number) {
    }

    // the address names no record: which schools the reader may search is the access policy's answer for each
    @Allowed(Audience.ANYONE)
    @GetMapping("/staff")
    String search(@RequestParam(required = false) String school, @RequestParam(required = false) String q,
                  @RequestParam(required = false) String category, @RequestParam(required = false) String status,
                  @RequestParam(required = false) String page, Viewer viewer, Model model) {
        Search search = Search.of(school, q, category, status, page);
        List<SchoolView> lookedAfter = schools.of(viewer);
        Optional<SchoolView> chosen = search.school().map(this::lookedAfter)
                .or(() -> lookedAfter.size() == 1 ? Optional.of(lookedAfter.get(0)) : Optional.empty());
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.STAFF));
        model.addAttribute("schools", lookedAfter);
        model.addAttribute("search", search);
        model.addAttribute("school", chosen.orElse(null));
        if (search.q().length() > LONGEST_SEARCH) {
            model.addAttribute("problem", new FormProblem("The search is too long", List.of(new FormProblem.FieldError(
                    "q", "Enter at most " + LONGEST_SEARCH + " characters of a name, e-mail address or MIS id"))));
        } else {
            chosen.ifPresent(schoolView -> results(schoolView, search, model));
        }
        return "staff/search";
    }

    private SchoolView lookedAfter(UUID schoolId) {
        if (!schools.looksAfter(schoolId)) {
            throw notLookedAfter();
        }
        return queries.one(new SchoolQuery(new SchoolId(schoolId)), SchoolView.class, NotYours.SCHOOL_NOT_LOOKED_AFTER);
    }

    /** As the access policy answers an address naming a record that is not the reader's to see. */
    private static DomainRuleViolation notLookedAfter() {
        return new DomainRuleViolation(NotYours.SCHOOL_NOT_LOOKED_AFTER, "Not found, or not yours to see");
    }

    private void results(SchoolView school, Search search, Model model) {
        ReportPage<StaffMemberView> found = queries.page(new SchoolStaffQuery(new SchoolId(school.schoolId()),
                search.q().isEmpty() ? null : PersonalText.of(search.q()), search.category().orElse(null),
                search.status(), StaffSort.NAME, SchoolTime.today(clock), search.page(), PAGE_SIZE),
                StaffMemberView.class);
        model.addAttribute("found", found);
        int pages = (int) ((found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (search.page() > 0) {
            model.addAttribute("previous", new PageLink(search.address(school.schoolId(), search.page() - 1),
                    search.page()));
        }
        if (search.page() + 1 < pages) {
            model.addAttribute("next", new PageLink(search.address(school.schoolId(), search.page() + 1),
                    search.page() + 2));
        }
        model.addAttribute("pages", pages);
    }
}
