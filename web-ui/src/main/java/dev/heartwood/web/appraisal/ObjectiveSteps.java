package dev.heartwood.web.appraisal;

import dev.heartwood.appraisal.api.ObjectiveOutcome;
import dev.heartwood.appraisal.api.RecordObjectiveOutcome;
import dev.heartwood.appraisal.api.ReviseObjective;
import dev.heartwood.appraisal.api.SetObjective;
import dev.heartwood.appraisal.api.Standard;
import dev.heartwood.appraisal.api.WithdrawObjective;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.SchoolPriorityRow;
import dev.heartwood.web.appraisal.StepForms.Step;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.heartwood.web.appraisal.Texts.optional;
import static dev.heartwood.web.appraisal.Texts.personal;

/**
 * The appraiser sets an appraisee's objectives, revises and withdraws them until the final review, and records how
 * each ended the year after it.
 */
@Controller
@RequestMapping("/appraisals/{appraisalId}/objectives")
class ObjectiveSteps {

    private static final String OBJECTIVE = "appraisal/objective";
    private static final String WITHDRAWAL = "appraisal/withdrawal";
    private static final String OUTCOME = "appraisal/outcome";

    private final StepForms steps;

    ObjectiveSteps(StepForms steps) {
        this.steps = steps;
    }

    /**
     * A new objective, or a revision of one (which needs its reason). The objective's identifier is chosen when the
     * form is first shown, so that sending it twice sets it once.
     */
    record ObjectiveForm(@NotNull UUID objectiveId,
                         @NotBlank(message = "Enter the objective") @Size(max = 500,
                                 message = "The objective must be 500 characters or fewer") String title,
                         @NotBlank(message = "Say how you will both know the objective is met") @Size(max = 2000,
                                 message = "The success criteria must be 2000 characters or fewer")
                         String successCriteria,
                         @Size(max = 20, message = "Choose 20 standards or fewer") List<@NotBlank String> standards,
                         @Size(max = 20, message = "Choose 20 priorities or fewer") List<@NotNull UUID> priorities,
                         @Size(max = 2000, message = "The reason must be 2000 characters or fewer") String reason,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {

        public boolean chose(String standard) {
            return standards != null && standards.contains(standard);
        }

        public boolean chose(UUID priority) {
            return priorities != null && priorities.contains(priority);
        }
    }

    record ReasonForm(@NotBlank(message = "Say why the objective is withdrawn") @Size(max = 2000,
            message = "The reason must be 2000 characters or fewer") String reason,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    }

    record OutcomeForm(@NotNull(message = "Choose how the objective ended the year") ObjectiveOutcome outcome,
                       @Size(max = 5000, message = "The comment must be 5000 characters or fewer") String comment,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    }

    @GetMapping("/new")
    @Allowed(Audience.APPRAISER)
    ModelAndView newObjective(@PathVariable UUID appraisalId, Viewer viewer) {
        return steps.show(appraisalId, viewer, Step.of(OBJECTIVE, new ObjectiveForm(UUID.randomUUID(), "", "",
                List.of(), List.of(), null, steps.today())), null);
    }

    @PostMapping
    @Allowed(Audience.APPRAISER)
    ModelAndView set(@PathVariable UUID appraisalId, @Valid @ModelAttribute("form") ObjectiveForm form,
                     BindingResult fields, Viewer viewer, RedirectAttributes redirect) {
        return steps.send(appraisalId, viewer, Step.of(OBJECTIVE, form), fields, () -> new SetObjective(
                        new AppraisalId(appraisalId), new ObjectiveId(form.objectiveId()), personal(form.title()),
                        personal(form.successCriteria()), orNone(form.standards()), priorities(form), form.on()),
                "The objective is set", redirect);
    }

    @GetMapping("/{objectiveId}/revision")
    @Allowed(Audience.APPRAISER)
    ModelAndView revision(@PathVariable UUID appraisalId, @PathVariable UUID objectiveId, Viewer viewer) {
        ModelAndView page = steps.show(appraisalId, viewer, new Step(OBJECTIVE, null, objectiveId), null);
        ObjectiveCard objective = (ObjectiveCard) page.getModel().get("objective");
        return page.addObject("form", new ObjectiveForm(objectiveId, objective.title(), objective.successCriteria(),
                objective.standards().stream().map(Standard::code).toList(),
                objective.priorities().stream().map(SchoolPriorityRow::priorityId).toList(), "", steps.today()));
    }

    @PostMapping("/{objectiveId}/revision")
    @Allowed(Audience.APPRAISER)
    ModelAndView revise(@PathVariable UUID appraisalId, @PathVariable UUID objectiveId,
                        @Valid @ModelAttribute("form") ObjectiveForm form, BindingResult fields, Viewer viewer,
                        RedirectAttributes redirect) {
        Step step = new Step(OBJECTIVE, form, objectiveId);
        if (form.reason() == null || form.reason().isBlank()) {
            fields.rejectValue("reason", "NotBlank", "Say why the objective is revised");
        }
        return steps.send(appraisalId, viewer, step, fields, () -> new ReviseObjective(new AppraisalId(appraisalId),
                        new ObjectiveId(objectiveId), personal(form.title()), personal(form.successCriteria()),
                        orNone(form.standards()), priorities(form), personal(form.reason()), form.on()),
                "The objective is revised: both of you agree the objectives again", redirect);
    }

    @GetMapping("/{objectiveId}/withdrawal")
    @Allowed(Audience.APPRAISER)
    ModelAndView withdrawal(@PathVariable UUID appraisalId, @PathVariable UUID objectiveId, Viewer viewer) {
        return steps.show(appraisalId, viewer, new Step(WITHDRAWAL, new ReasonForm("", steps.today()), objectiveId), null);
    }

    @PostMapping("/{objectiveId}/withdrawal")
    @Allowed(Audience.APPRAISER)
    ModelAndView withdraw(@PathVariable UUID appraisalId, @PathVariable UUID objectiveId,
                          @Valid @ModelAttribute("form") ReasonForm form, BindingResult fields, Viewer viewer,
                          RedirectAttributes redirect) {
        return steps.send(appraisalId, viewer, new Step(WITHDRAWAL, form, objectiveId), fields,
                () -> new WithdrawObjective(new AppraisalId(appraisalId), new ObjectiveId(objectiveId),
                        personal(form.reason()), form.on()),
                "The objective is withdrawn", redirect);
    }

    @GetMapping("/{objectiveId}/outcome")
    @Allowed(Audience.APPRAISER)
    ModelAndView outcomeForm(@PathVariable UUID appraisalId, @PathVariable UUID objectiveId, Viewer viewer) {
        return steps.show(appraisalId, viewer, new Step(OUTCOME, new OutcomeForm(null, "", steps.today()), objectiveId),
                null);
    }

    @PostMapping("/{objectiveId}/outcome")
    @Allowed(Audience.APPRAISER)
    ModelAndView outcome(@PathVariable UUID appraisalId, @PathVariable UUID objectiveId,
                         @Valid @ModelAttribute("form") OutcomeForm form, BindingResult fields, Viewer viewer,
                         RedirectAttributes redirect) {
        return steps.send(appraisalId, viewer, new Step(OUTCOME, form, objectiveId), fields,
                () -> new RecordObjectiveOutcome(new AppraisalId(appraisalId), new ObjectiveId(objectiveId),
                        form.outcome(), optional(form.comment()), form.on()),
                "The objective's outcome is recorded", redirect);
    }

    private static List<String> orNone(List<String> standards) {
        return standards == null ? List.of() : standards;
    }

    private static List<PriorityId> priorities(ObjectiveForm form) {
        return form.priorities() == null ? List.of() : form.priorities().stream().map(PriorityId::new).toList();
    }
}
