package dev.heartwood.web.learning;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.learning.api.ApproveCpdActivity;
import dev.heartwood.learning.api.DeclineCpdActivity;
import dev.heartwood.web.FormProblem;
import dev.heartwood.web.learning.DecisionForm.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An approver's decision: a decline needs its reason, and each decision is its command with its day. */
class DecisionFormTest {

    private static final LocalDate JUNE = LocalDate.of(2026, 6, 3);
    private static final CpdActivityId REQUEST = new CpdActivityId(UUID.randomUUID());

    private static FormProblem problemOf(DecisionForm form) {
        return form.problem(new BeanPropertyBindingResult(form, "decision"));
    }

    @Test
    void aDeclineWithoutAReasonIsRefusedBesideTheReason() {
        FormProblem problem = problemOf(new DecisionForm(Decision.DECLINE, "  ", JUNE));

        assertThat(problem.errorFor("reason")).isEqualTo("Enter why you are declining the request");
    }

    @Test
    void anApprovalNeedsNoReason() {
        DecisionForm form = new DecisionForm(Decision.APPROVE, null, JUNE);

        assertThat(problemOf(form)).isNull();
        assertThat(form.command(REQUEST)).isEqualTo(new ApproveCpdActivity(REQUEST, JUNE));
    }

    @Test
    void aDeclineCarriesItsReasonAndDay() {
        DecisionForm form = new DecisionForm(Decision.DECLINE, " No budget this term ", JUNE);

        assertThat(problemOf(form)).isNull();
        assertThat(form.command(REQUEST)).isInstanceOfSatisfying(DeclineCpdActivity.class, decline -> {
            assertThat(decline.reason().text()).isEqualTo("No budget this term");
            assertThat(decline.on()).isEqualTo(JUNE);
        });
    }
}
