package dev.heartwood.web.learning;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ErrorCode;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.CpdActivityQuery;
import dev.heartwood.reporting.api.CpdActivityView;
import dev.heartwood.reporting.api.LearningLinkOptionsQuery;
import dev.heartwood.reporting.api.LearningLinkOptionsView;
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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One piece of the reader's learning and every step on it: the decision, the completion, reflections, evaluations of
 * its impact on Guskey's five levels, and what it serves over time. Each step's form is on the page for as long as
 * the step can be taken; a refused form is shown again on the page with the problem beside its field.
 */
@Controller
class LearningActivityController {

    private final CommandGateway commands;
    private final Queries queries;
    private final Clock clock;

    LearningActivityController(CommandGateway commands, Queries queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    /** The forms of the page, each as answered so far. */
    private record Forms(CompletionForm completion, ReflectionForm reflection, EvaluationForm evaluation,
                         LinkForm link) {
    }

    @Allowed(Audience.SELF)
    @GetMapping("/learning/{activityId}")
    String activity(@PathVariable UUID activityId, Viewer viewer, Model model) {
        CpdActivityView learning = learning(activityId);
        return page(model, viewer, learning, blank(learning), null);
    }

    @Allowed(Audience.SELF)
    @PostMapping("/learning/{activityId}/completion")
    ModelAndView complete(@PathVariable UUID activityId, @Valid @ModelAttribute("completion") CompletionForm form,
                          BindingResult answers, Viewer viewer, Model model, RedirectAttributes after) {
        CpdActivityView learning = learning(activityId);
        Forms forms = blank(learning);
        return step(learning, answers, () -> form.command(learning(learning)), CompletionForm.REFUSED_FIELDS,
                new Forms(form, forms.reflection(), forms.evaluation(), forms.link()), viewer, model, after,
                "Your learning is recorded as completed");
    }

    @Allowed(Audience.SELF)
    @PostMapping("/learning/{activityId}/reflection")
    ModelAndView reflect(@PathVariable UUID activityId, @Valid @ModelAttribute("reflection") ReflectionForm form,
                         BindingResult answers, Viewer viewer, Model model, RedirectAttributes after) {
        CpdActivityView learning = learning(activityId);
        Forms forms = blank(learning);
        return step(learning, answers, () -> form.command(learning(learning)), Map.of(),
                new Forms(forms.completion(), form, forms.evaluation(), forms.link()), viewer, model, after,
                "Your reflection has been added");
    }

    @Allowed(Audience.SELF)
    @PostMapping("/learning/{activityId}/evaluations")
    ModelAndView evaluate(@PathVariable UUID activityId, @Valid @ModelAttribute("evaluation") EvaluationForm form,
                          BindingResult answers, Viewer viewer, Model model, RedirectAttributes after) {
        CpdActivityView learning = learning(activityId);
        Forms forms = blank(learning);
        return step(learning, answers, () -> form.command(learning(learning)), Map.of(),
                new Forms(forms.completion(), forms.reflection(), form, forms.link()), viewer, model, after,
                "Your evaluation of the learning's impact has been added");
    }

    @Allowed(Audience.SELF)
    @PostMapping("/learning/{activityId}/links")
    ModelAndView link(@PathVariable UUID activityId, @Valid @ModelAttribute("link") LinkForm form,
                      BindingResult answers, Viewer viewer, Model model, RedirectAttributes after) {
        CpdActivityView learning = learning(activityId);
        Forms forms = blank(learning);
        return step(learning, answers, () -> form.linkCommand(learning(learning)),
                LinkForm.REFUSED_FIELDS, new Forms(forms.completion(), forms.reflection(), forms.evaluation(), form),
                viewer, model, after, "The learning is linked");
    }

    @Allowed(Audience.SELF)
    @PostMapping("/learning/{activityId}/links/removal")
    ModelAndView unlink(@PathVariable UUID activityId, @Valid @ModelAttribute("link") LinkForm form,
                        BindingResult answers, Viewer viewer, Model model, RedirectAttributes after) {
        CpdActivityView learning = learning(activityId);
        return step(learning, answers, () -> form.unlinkCommand(learning(learning)),
                Map.of(), blank(learning), viewer, model, after, "The link has been taken away");
    }

    /** Sends a step's command and shows the learning with the step, or the page again with what was refused. */
    private ModelAndView step(CpdActivityView learning, BindingResult answers, Supplier<Object> command,
                              Map<ErrorCode, String> refusedFields, Forms forms, Viewer viewer, Model model,
                              RedirectAttributes after, String done) {
        if (answers.hasErrors()) {
            return new ModelAndView(page(model, viewer, learning, forms, FormProblem.invalid(answers)));
        }
        try {
            commands.sendAndWait(command.get());
        } catch (DomainRuleViolation refused) {
            return new ModelAndView(page(model, viewer, learning, forms,
                    FormProblem.refusal(refused, refusedFields.get(refused.getErrorCode()))));
        }
        after.addFlashAttribute("done", done);
        return SeeOther.to("/learning/" + learning.activityId());
    }

    private String page(Model model, Viewer viewer, CpdActivityView learning, Forms forms, FormProblem problem) {
        LocalDate countsOn = learning.completedOn() != null ? learning.completedOn() : learning.startsOn();
        LearningLinkOptionsView options = queries.answer(new LearningLinkOptionsQuery(new StaffId(learning.staffId()),
                AcademicYear.containing(countsOn)), LearningLinkOptionsView.class);
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.LEARNING));
        model.addAttribute("learning", learning);
        model.addAttribute("options", LinkChoices.notYetLinked(options, learning));
        model.addAttribute("completion", forms.completion());
        model.addAttribute("reflection", forms.reflection());
        model.addAttribute("evaluation", forms.evaluation());
        model.addAttribute("link", forms.link());
        model.addAttribute("problem", problem);
        return "learning/activity";
    }

    private Forms blank(CpdActivityView learning) {
        return new Forms(CompletionForm.expected(learning, SchoolTime.today(clock)), ReflectionForm.blank(),
                EvaluationForm.blank(), LinkForm.blank());
    }

    private CpdActivityView learning(UUID activityId) {
        return queries.one(new CpdActivityQuery(new CpdActivityId(activityId)), CpdActivityView.class)
                .orElseThrow(() -> new DomainRuleViolation(LearningPageRefusal.LEARNING_NOT_FOUND,
                        "No learning " + activityId + " is known"));
    }

    private static CpdActivityId learning(CpdActivityView learning) {
        return new CpdActivityId(learning.activityId());
    }
}
