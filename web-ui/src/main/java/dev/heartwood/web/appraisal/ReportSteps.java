package dev.heartwood.web.appraisal;

import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.CompleteAppraisal;
import dev.heartwood.appraisal.api.IssueAppraisalReport;
import dev.heartwood.appraisal.api.PayRecommendation;
import dev.heartwood.appraisal.api.SignOffReview;
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

import static dev.heartwood.web.appraisal.Texts.optional;
import static dev.heartwood.web.appraisal.Texts.personal;

/**
 * The end of the year: the appraiser writes the report (with a pay recommendation where the cycle's policy asks for
 * one), each party signs it off for their own side, and the appraiser or a school leader completes the appraisal.
 */
@Controller
@RequestMapping("/appraisals/{appraisalId}")
class ReportSteps {

    private static final String REPORT = "appraisal/report";
    private static final String SIGN_OFF = "appraisal/sign-off";
    private static final String COMPLETION = "appraisal/completion";

    private final StepForms steps;

    ReportSteps(StepForms steps) {
        this.steps = steps;
    }

    /**
     * @param progression whether pay progression is recommended; asked only where the cycle's pay policy asks
     * @param rationale   why, with the recommendation
     */
    record ReportForm(@NotBlank(message = "Write the report") @Size(max = 20000,
            message = "The report must be 20000 characters or fewer") String summary,
                      Boolean progression,
                      @Size(max = 5000, message = "The reason must be 5000 characters or fewer") String rationale,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    }

    /** @param party the side the reader speaks for, which the appraisal checks is theirs */
    record SignOffForm(@NotNull AppraisalParty party,
                       @Size(max = 5000, message = "The comment must be 5000 characters or fewer") String comment,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
    }

    @GetMapping("/report")
    @Allowed(Audience.APPRAISER)
    ModelAndView reportForm(@PathVariable UUID appraisalId, Viewer viewer) {
        return steps.show(appraisalId, viewer, Step.of(REPORT, new ReportForm("", null, "", steps.today())), null);
    }

    @PostMapping("/report")
    @Allowed(Audience.APPRAISER)
    ModelAndView report(@PathVariable UUID appraisalId, @Valid @ModelAttribute("form") ReportForm form,
                        BindingResult fields, Viewer viewer, RedirectAttributes redirect) {
        if (form.progression() != null && (form.rationale() == null || form.rationale().isBlank())) {
            fields.rejectValue("rationale", "NotBlank", "Give the reason for the pay recommendation");
        }
        return steps.send(appraisalId, viewer, Step.of(REPORT, form), fields,
                () -> new IssueAppraisalReport(new AppraisalId(appraisalId), personal(form.summary()), pay(form),
                        form.on()),
                "The report is issued: each of you signs it off", redirect);
    }

    @GetMapping("/sign-off")
    @Allowed({Audience.SELF, Audience.APPRAISER})
    ModelAndView signOffForm(@PathVariable UUID appraisalId, Viewer viewer) {
        ModelAndView page = steps.show(appraisalId, viewer, Step.of(SIGN_OFF, null), null);
        AppraisalFile file = (AppraisalFile) page.getModel().get("file");
        return page.addObject("form", new SignOffForm(file.readerParty(), "", steps.today()));
    }

    @PostMapping("/sign-off")
    @Allowed({Audience.SELF, Audience.APPRAISER})
    ModelAndView signOff(@PathVariable UUID appraisalId, @Valid @ModelAttribute("form") SignOffForm form,
                         BindingResult fields, Viewer viewer, RedirectAttributes redirect) {
        return steps.send(appraisalId, viewer, Step.of(SIGN_OFF, form), fields,
                () -> new SignOffReview(new AppraisalId(appraisalId), form.party(), optional(form.comment()),
                        form.on()),
                "You have signed off the report", redirect);
    }

    @GetMapping("/completion")
    @Allowed({Audience.APPRAISER, Audience.SCHOOL_LEADER})
    ModelAndView completionForm(@PathVariable UUID appraisalId, Viewer viewer) {
        return steps.show(appraisalId, viewer, Step.of(COMPLETION, new DayForm(steps.today())), null);
    }

    @PostMapping("/completion")
    @Allowed({Audience.APPRAISER, Audience.SCHOOL_LEADER})
    ModelAndView complete(@PathVariable UUID appraisalId, @Valid @ModelAttribute("form") DayForm form,
                          BindingResult fields, Viewer viewer, RedirectAttributes redirect) {
        return steps.send(appraisalId, viewer, Step.of(COMPLETION, form), fields,
                () -> new CompleteAppraisal(new AppraisalId(appraisalId), form.on()),
                "The appraisal is complete", redirect);
    }

    /**
     * The recommendation, when one was made: the appraisal refuses a report without one where the cycle's policy
     * asks, and one where it does not.
     */
    private static PayRecommendation pay(ReportForm form) {
        return form.progression() == null ? null
                : new PayRecommendation(form.progression(), personal(form.rationale()));
    }
}
