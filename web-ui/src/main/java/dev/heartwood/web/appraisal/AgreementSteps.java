package dev.heartwood.web.appraisal;

import dev.heartwood.appraisal.api.AgreeObjectives;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.RecordObjectivesDisagreement;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
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
import java.util.UUID;

import static dev.heartwood.web.appraisal.Texts.personal;

/**
 * Each party agrees the objectives as they stand, for their own side; the appraisee who cannot agree them records
 * the disagreement in writing.
 */
@Controller
@RequestMapping("/appraisals/{appraisalId}")
class AgreementSteps {

    private static final String AGREEMENT = "appraisal/agreement";
    private static final String DISAGREEMENT = "appraisal/disagreement";

    private final StepForms steps;

    AgreementSteps(StepForms steps) {
        this.steps = steps;
    }

    /** @param party the side the reader speaks for, which the appraisal checks is theirs */
    record AgreementForm(@NotNull AppraisalParty party,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    }

    record DisagreementForm(@NotBlank(message = "Say what you disagree with and why") @Size(max = 5000,
            message = "The statement must be 5000 characters or fewer") String statement,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    }

    @GetMapping("/agreement")
    @Allowed({Audience.SELF, Audience.APPRAISER})
    ModelAndView agreement(@PathVariable UUID appraisalId, Viewer viewer) {
        ModelAndView page = steps.show(appraisalId, viewer, Step.of(AGREEMENT, null), null);
        AppraisalFile file = (AppraisalFile) page.getModel().get("file");
        return page.addObject("form", new AgreementForm(file.readerParty(), steps.today()));
    }

    @PostMapping("/agreement")
    @Allowed({Audience.SELF, Audience.APPRAISER})
    ModelAndView agree(@PathVariable UUID appraisalId, @Valid @ModelAttribute("form") AgreementForm form,
                       BindingResult fields, Viewer viewer, RedirectAttributes redirect) {
        return steps.send(appraisalId, viewer, Step.of(AGREEMENT, form), fields,
                () -> new AgreeObjectives(new AppraisalId(appraisalId), form.party(), form.on()),
                "You have agreed the objectives", redirect);
    }

    @GetMapping("/disagreement")
    @Allowed(Audience.SELF)
    ModelAndView disagreement(@PathVariable UUID appraisalId, Viewer viewer) {
        return steps.show(appraisalId, viewer, Step.of(DISAGREEMENT, new DisagreementForm("", steps.today())), null);
    }

    @PostMapping("/disagreement")
    @Allowed(Audience.SELF)
    ModelAndView disagree(@PathVariable UUID appraisalId, @Valid @ModelAttribute("form") DisagreementForm form,
                          BindingResult fields, Viewer viewer, RedirectAttributes redirect) {
        return steps.send(appraisalId, viewer, Step.of(DISAGREEMENT, form), fields,
                () -> new RecordObjectivesDisagreement(new AppraisalId(appraisalId), AppraisalParty.APPRAISEE,
                        personal(form.statement()), form.on()),
                "Your disagreement with the objectives is recorded", redirect);
    }
}
