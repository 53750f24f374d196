package dev.heartwood.web.appraisal;

import dev.heartwood.appraisal.api.AddProgressNote;
import dev.heartwood.appraisal.api.IdentifyDevelopmentNeed;
import dev.heartwood.appraisal.api.ReferenceEvidence;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.DevelopmentNeedId;
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

import static dev.heartwood.web.appraisal.Texts.confidential;
import static dev.heartwood.web.appraisal.Texts.personal;

/**
 * What is written during the year: progress notes and references to evidence held elsewhere (by either party,
 * confidential to the two of them where chosen), and the development needs the appraiser identifies. Each is given
 * its identifier when its form is first shown, so that sending it twice records it once.
 */
@Controller
@RequestMapping("/appraisals/{appraisalId}")
class ProgressSteps {

    private static final String NOTE = "appraisal/note";
    private static final String EVIDENCE = "appraisal/evidence";
    private static final String NEED = "appraisal/development-need";

    private final StepForms steps;

    ProgressSteps(StepForms steps) {
        this.steps = steps;
    }

    /** A note is dated the day it is written. */
    record NoteForm(@NotNull UUID noteId,
                    @NotBlank(message = "Enter the note") @Size(max = 5000,
                            message = "The note must be 5000 characters or fewer") String note,
                    Boolean confidential) {
    }

    /** A reference to evidence (where it is kept), never the evidence itself; dated the day it is recorded. */
    record EvidenceForm(@NotNull UUID evidenceId,
                        @NotBlank(message = "Say what the evidence shows") @Size(max = 1000,
                                message = "The description must be 1000 characters or fewer") String description,
                        @NotBlank(message = "Say where the evidence is kept") @Size(max = 1000,
                                message = "The reference must be 1000 characters or fewer") String reference,
                        Boolean confidential) {
    }

    record NeedForm(@NotNull UUID needId,
                    @NotBlank(message = "Describe the development need") @Size(max = 2000,
                            message = "The description must be 2000 characters or fewer") String description,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    }

    @GetMapping("/notes/new")
    @Allowed({Audience.SELF, Audience.APPRAISER})
    ModelAndView noteForm(@PathVariable UUID appraisalId, Viewer viewer) {
        return steps.show(appraisalId, viewer, Step.of(NOTE, new NoteForm(UUID.randomUUID(), "", false)), null);
    }

    @PostMapping("/notes")
    @Allowed({Audience.SELF, Audience.APPRAISER})
    ModelAndView note(@PathVariable UUID appraisalId, @Valid @ModelAttribute("form") NoteForm form,
                      BindingResult fields, Viewer viewer, RedirectAttributes redirect) {
        return steps.send(appraisalId, viewer, Step.of(NOTE, form), fields,
                () -> new AddProgressNote(new AppraisalId(appraisalId), form.noteId(), confidential(form.note()),
                        Boolean.TRUE.equals(form.confidential())),
                "Your progress note is added", redirect);
    }

    @GetMapping("/evidence/new")
    @Allowed({Audience.SELF, Audience.APPRAISER})
    ModelAndView evidenceForm(@PathVariable UUID appraisalId, Viewer viewer) {
        return steps.show(appraisalId, viewer, Step.of(EVIDENCE, new EvidenceForm(UUID.randomUUID(), "", "",
                false)), null);
    }

    @PostMapping("/evidence")
    @Allowed({Audience.SELF, Audience.APPRAISER})
    ModelAndView evidence(@PathVariable UUID appraisalId, @Valid @ModelAttribute("form") EvidenceForm form,
                          BindingResult fields, Viewer viewer, RedirectAttributes redirect) {
        return steps.send(appraisalId, viewer, Step.of(EVIDENCE, form), fields,
                () -> new ReferenceEvidence(new AppraisalId(appraisalId), form.evidenceId(),
                        confidential(form.description()), confidential(form.reference()),
                        Boolean.TRUE.equals(form.confidential())),
                "Your reference to evidence is added", redirect);
    }

    @GetMapping("/development-needs/new")
    @Allowed(Audience.APPRAISER)
    ModelAndView needForm(@PathVariable UUID appraisalId, Viewer viewer) {
        return steps.show(appraisalId, viewer, Step.of(NEED, new NeedForm(UUID.randomUUID(), "", steps.today())),
                null);
    }

    @PostMapping("/development-needs")
    @Allowed(Audience.APPRAISER)
    ModelAndView need(@PathVariable UUID appraisalId, @Valid @ModelAttribute("form") NeedForm form,
                      BindingResult fields, Viewer viewer, RedirectAttributes redirect) {
        return steps.send(appraisalId, viewer, Step.of(NEED, form), fields,
                () -> new IdentifyDevelopmentNeed(new AppraisalId(appraisalId), new DevelopmentNeedId(form.needId()),
                        personal(form.description()), form.on()),
                "The development need is recorded", redirect);
    }
}
