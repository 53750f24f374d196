package dev.heartwood.web.appraisal;

import dev.heartwood.appraisal.api.CommunicateStandards;
import dev.heartwood.appraisal.api.HoldFinalReview;
import dev.heartwood.appraisal.api.HoldMidYearReview;
import dev.heartwood.appraisal.api.SubmitSelfReview;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.web.appraisal.StepForms.Step;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

import static dev.heartwood.web.appraisal.Texts.optional;
import static dev.heartwood.web.appraisal.Texts.personal;

/**
 * The meetings and reflections of the year: the appraiser tells the appraisee the standards that apply and holds the
 * mid-year and final reviews; the appraisee writes their self-review. Each records the day it happened.
 */
@Controller
@RequestMapping("/appraisals/{appraisalId}")
class ReviewSteps {

    private static final String STANDARDS = "appraisal/standards-communicated";
    private static final String MID_YEAR = "appraisal/mid-year-review";
    private static final String SELF_REVIEW = "appraisal/self-review";
    private static final String FINAL = "appraisal/final-review";

    private final StepForms steps;

    ReviewSteps(StepForms steps) {
        this.steps = steps;
    }

    record MeetingForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                       @Size(max = 5000, message = "The summary must be 5000 characters or fewer") String summary) {
    }

    record SelfReviewForm(@NotBlank(message = "Write your reflection on the year") @Size(max = 10000,
            message = "The reflection must be 10000 characters or fewer") String reflection,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    }

    @GetMapping("/standards-communicated")
    @Allowed(Audience.APPRAISER)
    ModelAndView standardsForm(@PathVariable UUID appraisalId, Viewer viewer) {
        return steps.show(appraisalId, viewer, Step.of(STANDARDS, new DayForm(steps.today())), null);
    }

    @PostMapping("/standards-communicated")
    @Allowed(Audience.APPRAISER)
    ModelAndView standards(@PathVariable UUID appraisalId, @Valid @ModelAttribute("form") DayForm form,
                           BindingResult fields, Viewer viewer, RedirectAttributes redirect) {
        return steps.send(appraisalId, viewer, Step.of(STANDARDS, form), fields,
                () -> new CommunicateStandards(new AppraisalId(appraisalId), form.on()),
                "It is recorded that the standards were communicated", redirect);
    }

    @GetMapping("/mid-year-review")
    @Allowed(Audience.APPRAISER)
    ModelAndView midYearForm(@PathVariable UUID appraisalId, Viewer viewer) {
        return steps.show(appraisalId, viewer, Step.of(MID_YEAR, new MeetingForm(steps.today(), "")), null);
    }

    @PostMapping("/mid-year-review")
    @Allowed(Audience.APPRAISER)
    ModelAndView midYear(@PathVariable UUID appraisalId, @Valid @ModelAttribute("form") MeetingForm form,
                         BindingResult fields, Viewer viewer, RedirectAttributes redirect) {
        return steps.send(appraisalId, viewer, Step.of(MID_YEAR, form), fields,
                () -> new HoldMidYearReview(new AppraisalId(appraisalId), heldOn(form.on()), optional(form.summary())),
                "The mid-year review is recorded", redirect);
    }

    @GetMapping("/self-review")
    @Allowed(Audience.SELF)
    ModelAndView selfReviewForm(@PathVariable UUID appraisalId, Viewer viewer) {
        return steps.show(appraisalId, viewer, Step.of(SELF_REVIEW, new SelfReviewForm("", steps.today())), null);
    }

    @PostMapping("/self-review")
    @Allowed(Audience.SELF)
    ModelAndView selfReview(@PathVariable UUID appraisalId, @Valid @ModelAttribute("form") SelfReviewForm form,
                            BindingResult fields, Viewer viewer, RedirectAttributes redirect) {
        return steps.send(appraisalId, viewer, Step.of(SELF_REVIEW, form), fields,
                () -> new SubmitSelfReview(new AppraisalId(appraisalId), personal(form.reflection()), form.on()),
                "Your self-review is submitted", redirect);
    }

    @GetMapping("/final-review")
    @Allowed(Audience.APPRAISER)
    ModelAndView finalReviewForm(@PathVariable UUID appraisalId, Viewer viewer) {
        return steps.show(appraisalId, viewer, Step.of(FINAL, new DayForm(steps.today())), null);
    }

    @PostMapping("/final-review")
    @Allowed(Audience.APPRAISER)
    ModelAndView finalReview(@PathVariable UUID appraisalId, @Valid @ModelAttribute("form") DayForm form,
                             BindingResult fields, Viewer viewer, RedirectAttributes redirect) {
        return steps.send(appraisalId, viewer, Step.of(FINAL, form), fields,
                () -> new HoldFinalReview(new AppraisalId(appraisalId), heldOn(form.on())),
                "The final review is recorded: record each objective's outcome, then write the report", redirect);
    }

    /** A meeting's day must be given to the appraisal: today when the form leaves it empty, as for other steps. */
    private LocalDate heldOn(LocalDate on) {
        return on == null ? steps.today() : on;
    }
}
