package dev.heartwood.web.cycle;

import dev.heartwood.appraisal.api.AppraisalErrorCode;
import dev.heartwood.appraisal.api.BulkAppraisals;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.AppraisalStatus;
import dev.heartwood.reporting.api.CycleView;
import dev.heartwood.web.FormProblem;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.SchoolCycles;
import dev.heartwood.web.SeeOther;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One objective set for a group of a cycle's people at once, for the school's leaders: everyone whose appraisal is
 * under way, everyone in a staff category, or one appraiser's appraisees. The group is sent to the API's bulk
 * objective, which chooses its people as it does for the API, and the page then says for how many it was set and who
 * was skipped, and why.
 */
@Controller
class GroupObjectivePage {

    private static final String PATH = "/cycles/{cycleId}/objective";
    private static final List<StaffCategory> APPRAISED = List.of(StaffCategory.TEACHER, StaffCategory.HEADTEACHER,
            StaffCategory.SUPPORT_STAFF, StaffCategory.EARLY_CAREER_TEACHER);

    /**
     * Refusals of the day itself, which refuse it for everyone alike: when no one's objective was set, shown beside
     * the day rather than as skips.
     */
    private static final Set<String> REFUSALS_OF_THE_DAY = Set.of(AppraisalErrorCode.DATE_IN_THE_FUTURE.code(),
            AppraisalErrorCode.DATE_BEFORE_THE_CYCLE.code());

    private final CycleRecords records;
    private final SchoolCycles schoolCycles;
    private final BulkAppraisals bulk;

    GroupObjectivePage(CycleRecords records, SchoolCycles schoolCycles, BulkAppraisals bulk) {
        this.records = records;
        this.schoolCycles = schoolCycles;
        this.bulk = bulk;
    }

    /** The form, and after it was sent what it did ({@code setting}, a {@link BulkOutcome} kept for one showing). */
    @Allowed(Audience.SCHOOL_LEADER)
    @GetMapping(PATH)
    ModelAndView form(@PathVariable UUID cycleId, Viewer viewer) {
        return page(records.cycle(cycleId), CycleForms.GroupObjective.blank(schoolCycles.today()), null, viewer);
    }

    @Allowed(Audience.SCHOOL_LEADER)
    @PostMapping(PATH)
    ModelAndView set(@PathVariable UUID cycleId, @Valid @ModelAttribute("form") CycleForms.GroupObjective form,
                     BindingResult fields, Viewer viewer, RedirectAttributes flash) {
        CycleView cycle = records.cycle(cycleId);
        if (fields.hasErrors()) {
            return page(cycle, form, FormProblem.invalid(fields), viewer);
        }
        FormProblem unchosen = unchosen(form);
        if (unchosen != null) {
            return page(cycle, form, unchosen, viewer);
        }
        BulkAppraisals.ObjectiveReport report = bulk.setObjective(new CycleId(cycleId), form.batchId(),
                form.group().of(form), PersonalText.of(form.title().strip()),
                PersonalText.of(form.successCriteria().strip()), List.of(), List.of(), form.on().toDate());
        if (report.set().isEmpty() && report.skipped().isEmpty()) {
            return page(cycle, form, new FormProblem("No one is in that group", List.of(
                    new FormProblem.FieldError("group", "No one is in that group: choose another"))), viewer);
        }
        Optional<String> refusedDay = report.skipped().stream()
                .filter(refusal -> REFUSALS_OF_THE_DAY.contains(refusal.code()))
                .map(BulkAppraisals.Refusal::reason).findFirst();
        if (report.set().isEmpty() && refusedDay.isPresent()) {
            return page(cycle, form, new FormProblem(refusedDay.get(),
                    List.of(new FormProblem.FieldError("on", refusedDay.get()))), viewer);
        }
        flash.addFlashAttribute("setting", BulkOutcome.of("Objective set for " + BulkOutcome.people(
                report.set().size()), report.skipped(), records.names(cycle.schoolId())));
        return SeeOther.to(PATH.replace("{cycleId}", cycleId.toString()));
    }

    /** The group's choice left out: the category of a category, the appraiser of an appraiser's appraisees. */
    private static FormProblem unchosen(CycleForms.GroupObjective form) {
        if (form.group() == ObjectiveGroup.CATEGORY && form.category() == null) {
            return new FormProblem("Choose the staff category", List.of(
                    new FormProblem.FieldError("category", "Choose the staff category")));
        }
        if (form.group() == ObjectiveGroup.APPRAISER && form.appraiserId() == null) {
            return new FormProblem("Choose the appraiser", List.of(
                    new FormProblem.FieldError("appraiserId", "Choose the appraiser")));
        }
        return null;
    }

    private ModelAndView page(CycleView cycle, CycleForms.GroupObjective form, FormProblem problem, Viewer viewer) {
        return new ModelAndView("cycle/objective")
                .addObject("navigation", Navigation.of(viewer, Navigation.Section.DASHBOARD))
                .addObject("school", records.school(cycle.schoolId()))
                .addObject("cycle", cycle)
                .addObject("groups", ObjectiveGroup.values())
                .addObject("categories", APPRAISED)
                .addObject("appraisers", appraisers(cycle))
                .addObject("form", form)
                .addObject("problem", problem);
    }

    /** The cycle's appraisers by name, by their staff id. */
    private Map<UUID, String> appraisers(CycleView cycle) {
        Map<UUID, String> appraisers = new LinkedHashMap<>();
        records.appraisals(cycle.cycleId(), AppraisalStatus.UNDER_WAY, null).rows().stream()
                .filter(row -> row.appraiserId() != null)
                .sorted(Comparator.comparing(row -> Objects.requireNonNullElse(row.appraiserName(), "")))
                .forEach(row -> appraisers.putIfAbsent(row.appraiserId(),
                        Objects.requireNonNullElse(row.appraiserName(), "Someone not yet named")));
        return appraisers;
    }
}
