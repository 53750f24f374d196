package dev.heartwood.web.appraisal;

import dev.heartwood.appraisal.api.AppraisalErrorCode;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ErrorCode;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.web.FormProblem;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.SeeOther;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The forms of an appraisal's steps, each a page of its own: shown with the appraisal they belong to; sent as the
 * step's command, stamped with the reader as its actor; then back to the appraisal saying what was done (303, so
 * that reloading it sends nothing again), or the form again with the problem beside the field it concerns.
 */
@Component
class StepForms {

    private final AppraisalFiles files;
    private final CommandGateway commands;
    private final Clock clock;

    StepForms(AppraisalFiles files, CommandGateway commands, Clock clock) {
        this.files = files;
        this.commands = commands;
        this.clock = clock;
    }

    /** The day a form offers for when its step happened: today, in the school's zone. */
    LocalDate today() {
        return SchoolTime.today(clock);
    }

    /**
     * One step's form.
     *
     * @param view        its template
     * @param values      the form's record, as sent or as first offered
     * @param objectiveId the objective the step is about, if it is about one
     */
    record Step(String view, Object values, @Nullable UUID objectiveId) {

        static Step of(String view, Object values) {
            return new Step(view, values, null);
        }
    }

    /** The step's form for the appraisal; {@code problem} is why it was refused, or {@code null}. */
    ModelAndView show(UUID appraisalId, Viewer viewer, Step step, @Nullable FormProblem problem) {
        AppraisalFile file = files.read(appraisalId, viewer);
        ModelAndView page = new ModelAndView(step.view())
                .addObject("file", file)
                .addObject("form", step.values())
                .addObject("problem", problem)
                .addObject("navigation", Navigation.of(viewer, file.section()));
        if (step.objectiveId() != null) {
            page.addObject("objective", file.objective(step.objectiveId()).orElseThrow(() -> new DomainRuleViolation(
                    AppraisalErrorCode.OBJECTIVE_NOT_FOUND, "The appraisal has no objective " + step.objectiveId())));
        }
        return page;
    }

    /**
     * Sends the step's command once its fields are valid, and tells the reader what was done: {@code done} in the
     * appraisal's banner.
     */
    ModelAndView send(UUID appraisalId, Viewer viewer, Step step, BindingResult fields, Supplier<Object> command,
                      String done, RedirectAttributes redirect) {
        if (fields.hasErrors()) {
            return refused(appraisalId, viewer, step, FormProblem.invalid(fields), HttpStatus.BAD_REQUEST);
        }
        try {
            commands.sendAndWait(command.get());
        } catch (DomainRuleViolation refusal) {
            if (refusal.getErrorCode().category() != ErrorCode.Category.CONFLICT) {
                throw refusal; // not the reader's to put right on this form: the error page says so
            }
            return refused(appraisalId, viewer, step, FormProblem.refusal(refusal, fieldOf(refusal.getErrorCode())),
                    HttpStatus.CONFLICT);
        }
        redirect.addFlashAttribute("done", done);
        return SeeOther.to("/appraisals/" + appraisalId);
    }

    /** The form again, with why it was not sent: 400 for what was filled in wrongly, 409 for a rule. */
    ModelAndView refused(UUID appraisalId, Viewer viewer, Step step, FormProblem problem, HttpStatus status) {
        ModelAndView page = show(appraisalId, viewer, step, problem);
        page.setStatus(status);
        return page;
    }

    /** The field a rule of the appraisal is about, named as the forms name it; none when it is about no one field. */
    private static String fieldOf(ErrorCode code) {
        if (!(code instanceof AppraisalErrorCode rule)) {
            return null;
        }
        return switch (rule) {
            case DATE_IN_THE_FUTURE, DATE_BEFORE_THE_CYCLE, DATE_BEFORE_THE_PERSON_STARTED, DATE_OUT_OF_ORDER -> "on";
            case STANDARD_NOT_IN_FRAMEWORK -> "standards";
            case PRIORITY_NOT_FOUND -> "priorities";
            case PAY_RECOMMENDATION_REQUIRED, PAY_RECOMMENDATION_NOT_ASKED -> "progression";
            case REASON_REQUIRED -> "reason";
            default -> null;
        };
    }
}
