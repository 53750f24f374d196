package dev.heartwood.web.appraisal;

import dev.heartwood.appraisal.api.Standard;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.AppraisalAsOfView;
import dev.heartwood.reporting.api.AppraisalRow;
import dev.heartwood.reporting.api.AppraisalSort;
import dev.heartwood.reporting.api.SchoolPriorityRow;
import dev.heartwood.reporting.api.StaffAppraisalsQuery;
import dev.heartwood.web.FormProblem;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An appraisal's page, for its appraisee, its appraiser and those who oversee it (read-only where they may not act):
 * the reader's own current appraisal, any appraisal they may read, and an appraisal as it stood on a day.
 */
@Controller
class AppraisalPages {

    private static final String NOT_A_DAY = "Enter the day to see the appraisal as it stood then";

    /** Enough of a person's appraisals to find their current one: one a year, the latest first. */
    private static final int RECENT_YEARS = 10;

    private final AppraisalFiles files;
    private final Queries queries;

    AppraisalPages(AppraisalFiles files, Queries queries) {
        this.files = files;
        this.queries = queries;
    }

    @GetMapping("/appraisal")
    @Allowed(Audience.ANYONE)
    ModelAndView mine(Viewer viewer) {
        return current(viewer)
                .map(appraisal -> new ModelAndView(new RedirectView("/appraisals/" + appraisal.appraisalId(), true)))
                .orElseGet(() -> new ModelAndView("appraisal/none")
                        .addObject("navigation", Navigation.of(viewer, Navigation.Section.APPRAISAL)));
    }

    @GetMapping("/appraisals/{appraisalId}")
    @Allowed({Audience.SELF, Audience.APPRAISER, Audience.SCHOOL_LEADER, Audience.GOVERNOR})
    ModelAndView appraisal(@PathVariable UUID appraisalId, Viewer viewer) {
        AppraisalFile file = files.read(appraisalId, viewer);
        return new ModelAndView("appraisal/appraisal")
                .addObject("file", file)
                .addObject("navigation", Navigation.of(viewer, file.section()));
    }

    /**
     * The appraisal as it stood at the end of a day, as it was recorded by then: what was corrected or caught up
     * later does not show.
     */
    @GetMapping("/appraisals/{appraisalId}/as-of")
    @Allowed({Audience.SELF, Audience.APPRAISER, Audience.SCHOOL_LEADER, Audience.GOVERNOR})
    ModelAndView asOf(@PathVariable UUID appraisalId, @RequestParam(defaultValue = "") String on, Viewer viewer) {
        AppraisalFile file = files.read(appraisalId, viewer);
        ModelAndView page = new ModelAndView("appraisal/as-of")
                .addObject("file", file)
                .addObject("on", on)
                .addObject("navigation", Navigation.of(viewer, file.section()));
        Optional<LocalDate> day = dayIn(on);
        if (day.isEmpty()) {
            page.addObject("problem", new FormProblem(NOT_A_DAY, List.of(new FormProblem.FieldError("on", NOT_A_DAY))));
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        Optional<AppraisalAsOfView> then = files.asOf(appraisalId, day.get().plusDays(1)
                .atStartOfDay(SchoolTime.DEFAULT_ZONE).toInstant());
        return page.addObject("day", day.get())
                .addObject("then", then.orElse(null))
                .addObject("thenAppraiser", then.map(AppraisalAsOfView::appraiserId).map(files::nameOf).orElse(null))
                .addObject("standards", file.standards().stream()
                        .collect(Collectors.toMap(Standard::code, Standard::title)))
                .addObject("priorities", file.priorities().stream()
                        .collect(Collectors.toMap(SchoolPriorityRow::priorityId, SchoolPriorityRow::title)));
    }

    /** The day a date field gives (a browser's date field sends it as 2026-03-01), if it names one. */
    private static Optional<LocalDate> dayIn(String field) {
        try {
            return Optional.of(LocalDate.parse(field)).filter(SchoolTime::plausible);
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    /** The reader's appraisal under way, or else their latest, in whichever school they work at. */
    private Optional<AppraisalRow> current(Viewer viewer) {
        List<AppraisalRow> appraisals = viewer.staffRecords().stream()
                .flatMap(self -> queries.page(new StaffAppraisalsQuery(new StaffId(self.staffId()), null,
                        AppraisalSort.YEAR, 0, RECENT_YEARS), AppraisalRow.class).rows().stream())
                .sorted(Comparator.comparing(AppraisalRow::academicYear).reversed())
                .toList();
        return appraisals.stream().filter(appraisal -> "UNDER_WAY".equals(appraisal.status())).findFirst()
                .or(() -> appraisals.stream().findFirst());
    }
}
