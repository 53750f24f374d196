package dev.heartwood.web.learning;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ErrorCode;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.CpdActivityRow;
import dev.heartwood.reporting.api.CpdSort;
import dev.heartwood.reporting.api.CpdYearRow;
import dev.heartwood.reporting.api.LearningLinkOptionsQuery;
import dev.heartwood.reporting.api.LearningLinkOptionsView;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.StaffCpdQuery;
import dev.heartwood.reporting.api.StaffCpdYearsQuery;
import dev.heartwood.web.FormProblem;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import dev.heartwood.web.SeeOther;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * My learning: the reader's professional learning, the latest first, with the hours it added up to year by year;
 * asking for learning, and recording learning already done. The forms post to the reader's own staff record, so that
 * the access policy admits only the reader, as it does on the API.
 */
@Controller
class MyLearningController {

    /** A person's learning over a few years fits on a page; the rest is a page further on. */
    static final int PAGE_SIZE = 25;
    /** More years than anyone works at one school. */
    private static final int YEARS = 60;

    private final CommandGateway commands;
    private final Queries queries;
    private final Clock clock;

    MyLearningController(CommandGateway commands, Queries queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    @Allowed(Audience.ANYONE)
    @GetMapping("/learning")
    String learning(Viewer viewer, @RequestParam(defaultValue = "0") int page, Model model) {
        StaffId own = new StaffId(OwnRecord.of(viewer).staffId());
        ReportPage<CpdActivityRow> learning = queries.page(new StaffCpdQuery(own, null, null, CpdSort.DATE,
                Math.max(page, 0), PAGE_SIZE), CpdActivityRow.class);
        ReportPage<CpdYearRow> years = queries.page(new StaffCpdYearsQuery(own, 0, YEARS), CpdYearRow.class);
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.LEARNING));
        model.addAttribute("learning", learning);
        model.addAttribute("paging", Paging.of(learning));
        model.addAttribute("years", years.rows());
        model.addAttribute("objectivesAndLearning", "/staff/" + own.value() + "/objectives-and-learning");
        return "learning/learning";
    }

    @Allowed(Audience.ANYONE)
    @GetMapping("/learning/request")
    String requestForm(Viewer viewer, Model model) {
        return requestPage(model, viewer, OwnRecord.of(viewer).staffId(), RequestForm.blank(today()), null);
    }

    @Allowed(Audience.SELF)
    @PostMapping("/learning/staff/{staffId}/request")
    ModelAndView request(@PathVariable UUID staffId, @Valid @ModelAttribute("form") RequestForm form,
                         BindingResult answers, Viewer viewer, Model model, RedirectAttributes after) {
        return created(answers, after, activityId -> form.command(activityId, staffId), RequestForm.REFUSED_FIELDS,
                problem -> requestPage(model, viewer, staffId, form, problem),
                "Your request has been sent for a decision");
    }

    @Allowed(Audience.ANYONE)
    @GetMapping("/learning/log")
    String logForm(Viewer viewer, Model model) {
        return logPage(model, viewer, OwnRecord.of(viewer).staffId(), LogForm.blank(), null);
    }

    @Allowed(Audience.SELF)
    @PostMapping("/learning/staff/{staffId}/log")
    ModelAndView log(@PathVariable UUID staffId, @Valid @ModelAttribute("form") LogForm form,
                     BindingResult answers, Viewer viewer, Model model, RedirectAttributes after) {
        return created(answers, after, activityId -> form.command(activityId, staffId), LogForm.REFUSED_FIELDS,
                problem -> logPage(model, viewer, staffId, form, problem),
                "Your learning has been recorded");
    }

    /**
     * Sends the command that records a new piece of learning under a new identifier and shows it, or shows the form
     * again with what was refused.
     */
    private ModelAndView created(BindingResult answers, RedirectAttributes after, Function<UUID, Object> command,
                                 Map<ErrorCode, String> refusedFields, Function<FormProblem, String> formAgain,
                                 String done) {
        if (answers.hasErrors()) {
            return new ModelAndView(formAgain.apply(FormProblem.invalid(answers)));
        }
        UUID activityId = UUID.randomUUID();
        try {
            commands.sendAndWait(command.apply(activityId));
        } catch (DomainRuleViolation refused) {
            return new ModelAndView(formAgain.apply(FormProblem.refusal(refused,
                    refusedFields.get(refused.getErrorCode()))));
        }
        after.addFlashAttribute("done", done);
        return SeeOther.to("/learning/" + activityId);
    }

    private String requestPage(Model model, Viewer viewer, UUID staffId, RequestForm form, FormProblem problem) {
        return formPage(model, viewer, staffId, form, problem, "learning/request");
    }

    private String logPage(Model model, Viewer viewer, UUID staffId, LogForm form, FormProblem problem) {
        return formPage(model, viewer, staffId, form, problem, "learning/log");
    }

    private String formPage(Model model, Viewer viewer, UUID staffId, Record form, FormProblem problem,
                            String template) {
        LearningLinkOptionsView options = queries.answer(new LearningLinkOptionsQuery(new StaffId(staffId),
                AcademicYear.containing(today())), LearningLinkOptionsView.class);
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.LEARNING));
        model.addAttribute("staffId", staffId);
        model.addAttribute("form", form);
        model.addAttribute("options", options);
        model.addAttribute("problem", problem);
        model.addAttribute("today", today());
        return template;
    }

    private LocalDate today() {
        return SchoolTime.today(clock);
    }
}
