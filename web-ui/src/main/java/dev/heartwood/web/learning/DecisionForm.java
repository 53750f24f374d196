package dev.heartwood.web.learning;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.ErrorCode;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.learning.api.ApproveCpdActivity;
import dev.heartwood.learning.api.DeclineCpdActivity;
import dev.heartwood.web.FormProblem;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.heartwood.learning.api.CpdErrorCode.DATE_IN_THE_FUTURE;
import static dev.heartwood.learning.api.CpdErrorCode.DATE_OUT_OF_ORDER;

/** An approver's decision on one request: approve it, or decline it with the reason; {@code on} is its day. */
record DecisionForm(@NotNull(message = "Choose whether to approve or decline the request") Decision decision,
                    @Size(max = 2000, message = "The reason must be 2000 characters or fewer") String reason,
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {

    enum Decision {
        APPROVE,
        DECLINE
    }

    /** The field each rule of the domain that can refuse a decision is shown beside. */
    static final Map<ErrorCode, String> REFUSED_FIELDS = Map.of(DATE_IN_THE_FUTURE, "on", DATE_OUT_OF_ORDER, "on");

    static DecisionForm blank(LocalDate today) {
        return new DecisionForm(null, null, today);
    }

    /** What is wrong with the answers, a decline without its reason included; none when they can be sent. */
    FormProblem problem(BindingResult answers) {
        if (answers.hasErrors()) {
            return FormProblem.invalid(answers);
        }
        if (decision == Decision.DECLINE && Texts.orNone(reason) == null) {
            return new FormProblem("A decline needs its reason", List.of(new FormProblem.FieldError("reason",
                    "Enter why you are declining the request")));
        }
        return null;
    }

    Object command(CpdActivityId activityId) {
        return decision == Decision.APPROVE ? new ApproveCpdActivity(activityId, on)
                : new DeclineCpdActivity(activityId, PersonalText.of(reason.strip()), on);
    }
}
