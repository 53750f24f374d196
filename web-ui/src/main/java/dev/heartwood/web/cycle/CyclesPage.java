package dev.heartwood.web.cycle;

import dev.heartwood.appraisal.api.AppraisalErrorCode;
import dev.heartwood.appraisal.api.OpenAppraisalCycle;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ErrorCode;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Permissions;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.CycleView;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.web.FormProblem;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.ReadYourWrites;
import dev.heartwood.web.SchoolCycles;
import dev.heartwood.web.SeeOther;
import dev.heartwood.web.report.AsOf;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A school's appraisal cycles with their deadlines, for its leaders and HR, and for its leaders the form that opens
 * the next one with its deadlines and pay policy. The form sends the API's command as the reader; a refusal is shown
 * beside the field it is about (a year already open, a deadline out of order).
 */
@Controller
class CyclesPage {

    private static final String PATH = "/schools/{schoolId}/cycles";
    private static final String YEAR = "academicYear";

    private final CycleRecords records;
    private final SchoolCycles schoolCycles;
    private final CommandGateway commands;
    private final Permissions permissions;

    CyclesPage(CycleRecords records, SchoolCycles schoolCycles, CommandGateway commands, Permissions permissions) {
        this.records = records;
        this.schoolCycles = schoolCycles;
        this.commands = commands;
        this.permissions = permissions;
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping(PATH)
    ModelAndView cycles(@PathVariable UUID schoolId, Viewer viewer) {
        return page(schoolId, null, null, viewer);
    }

    @Allowed(Audience.SCHOOL_LEADER)
    @PostMapping(PATH)
    ModelAndView open(@PathVariable UUID schoolId, @Valid @ModelAttribute("form") CycleForms.Opening form,
                      BindingResult fields, Viewer viewer, RedirectAttributes flash) {
        if (fields.hasErrors()) {
            return page(schoolId, form, FormProblem.invalid(fields), viewer);
        }
        Optional<AcademicYear> year = yearsOffered().stream()
                .filter(offered -> offered.toString().equals(form.academicYear())).findFirst();
        if (year.isEmpty()) {
            return page(schoolId, form, new FormProblem("Choose the academic year",
                    List.of(new FormProblem.FieldError(YEAR, "Choose the academic year"))), viewer);
        }
        UUID cycleId = UUID.randomUUID();
        try {
            commands.sendAndWait(OpenAppraisalCycle.withDefaults(new CycleId(cycleId), new SchoolId(schoolId),
                    year.get(), null, null, form.deadlines(), form.payPolicy(), null, null));
        } catch (DomainRuleViolation refused) {
            String field = fieldOf(refused.getErrorCode(), form);
            if (field == null && refused.getErrorCode().category() != ErrorCode.Category.CONFLICT) {
                throw refused; // not the form's to put right: the error page
            }
            return page(schoolId, form, FormProblem.refusal(refused, field), viewer);
        }
        boolean shown = ReadYourWrites.until(() -> records.findCycle(cycleId), Optional::isPresent).showsTheChange();
        flash.addFlashAttribute("done", "The " + year.get() + " appraisal cycle is open");
        flash.addFlashAttribute("showsTheChange", shown);
        return SeeOther.to(shown ? "/cycles/" + cycleId : PATH.replace("{schoolId}", schoolId.toString()));
    }

    /** The field beside which the cycle's refusal is shown, or {@code null} for the form as a whole. */
    private static String fieldOf(ErrorCode refusal, CycleForms.Opening form) {
        if (refusal == AppraisalErrorCode.CYCLE_ALREADY_OPEN) {
            return YEAR;
        }
        if (refusal == AppraisalErrorCode.DEADLINES_OUT_OF_ORDER) {
            return form.deadlines().firstOutOfOrder().orElse(null);
        }
        return null;
    }

    /** This academic year and the next: a school opens a cycle at the start of its year, or before it. */
    private List<AcademicYear> yearsOffered() {
        AcademicYear now = AcademicYear.containing(schoolCycles.today());
        return List.of(now, new AcademicYear(now.startYear() + 1));
    }

    /** The page, with the form as sent or, when {@code form} is null, offering the first year not yet open. */
    private ModelAndView page(UUID schoolId, CycleForms.Opening form, FormProblem problem, Viewer viewer) {
        ReportPage<CycleView> cycles = schoolCycles.of(schoolId);
        List<AcademicYear> years = yearsOffered();
        AcademicYear next = years.stream().filter(year -> cycles.rows().stream()
                .noneMatch(cycle -> cycle.academicYear().equals(year.toString()))).findFirst().orElse(years.get(0));
        ModelAndView page = new ModelAndView("cycle/cycles");
        page.addObject("navigation", Navigation.of(viewer, Navigation.Section.DASHBOARD));
        page.addObject("school", records.school(schoolId));
        page.addObject("cycles", cycles.rows());
        page.addObject("asOf", AsOf.of(cycles.freshness()));
        page.addObject("mayOpen", permissions.allows(schoolId, Audience.SCHOOL_LEADER));
        page.addObject("years", years.stream().map(AcademicYear::toString).toList());
        page.addObject("form", form != null ? form : CycleForms.Opening.usual(next));
        page.addObject("problem", problem);
        return page;
    }
}
