package dev.heartwood.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heartwood.web.FormProblem.FieldError;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A refused form shows the API's problem as GOV.UK's error summary and error messages do. */
class ErrorFragmentsTest {

    private final Templates templates = new Templates();

    @Test
    void readsTheApisProblemDocumentForInvalidInput() throws Exception {
        FormProblem problem = new ObjectMapper().readValue("""
                {"type": "urn:heartwood:problem:invalid-input", "title": "Bad Request", "status": 400,
                 "detail": "Some fields are missing or invalid", "instance": "/api/appraisals/x/objectives",
                 "code": "invalid-input",
                 "errors": [{"field": "title", "message": "must not be blank"}]}""", FormProblem.class);

        assertThat(problem.errorFor("title")).isEqualTo("must not be blank");
        assertThat(problem.hasError("successCriteria")).isFalse();
    }

    @Test
    void theSummaryLinksEachFailingFieldAndEachFieldShowsItsOwnMessage() {
        String form = formRefusedWith(new FormProblem("Some fields are missing or invalid", List.of(
                new FieldError("title", "Enter the objective's title"),
                new FieldError("successCriteria", "Say how you will know the objective is met"))));

        assertThat(form).contains("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>")
                .contains("<a href=\"#title\">Enter the objective&#39;s title</a>")
                .contains("<a href=\"#successCriteria\">Say how you will know the objective is met</a>")
                .contains("<p id=\"title-error\" class=\"govuk-error-message\"> "
                        + "<span class=\"govuk-visually-hidden\">Error:</span> Enter the objective&#39;s title </p>")
                .contains("aria-describedby=\"title-error\"")
                .contains("aria-describedby=\"successCriteria-error\"")
                .doesNotContain("Some fields are missing or invalid");
    }

    @Test
    void onlyTheFieldsThatFailedAreMarked() {
        String form = formRefusedWith(new FormProblem("Some fields are missing or invalid",
                List.of(new FieldError("title", "Enter the objective's title"))));

        assertThat(form).contains("id=\"title-error\"").doesNotContain("successCriteria-error")
                .containsOnlyOnce("govuk-form-group--error");
    }

    @Test
    void aRefusalOfNoParticularFieldIsSaidInTheSummary() {
        String form = formRefusedWith(new FormProblem("An appraiser cannot appraise themselves", null));

        assertThat(form).contains("<p>An appraiser cannot appraise themselves</p>")
                .doesNotContain("govuk-error-summary__list").doesNotContain("govuk-error-message");
    }

    @Test
    void aFormNotYetRefusedShowsNoError() {
        String form = formRefusedWith(null);

        assertThat(form).doesNotContain("govuk-error").doesNotContain("aria-describedby");
    }

    private String formRefusedWith(FormProblem problem) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("problem", problem);
        return templates.render("objective-form", variables);
    }
}
