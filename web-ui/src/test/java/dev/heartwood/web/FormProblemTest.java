package dev.heartwood.web;

import dev.heartwood.web.FormProblem.FieldError;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** An invalid form's problems, as its error summary lists them. */
class FormProblemTest {

    record ObjectiveForm(String title, String successCriteria, String on) {
    }

    @Test
    void listsTheFailingFieldsInTheOrderTheFormShowsThemWhateverOrderTheyWereFoundIn() {
        BindingResult fields = new BeanPropertyBindingResult(new ObjectiveForm("", "", "tomorrow"), "form");
        fields.addError(failed("on", "Enter a real day"));
        fields.addError(failed("successCriteria", "Say how you will both know the objective is met"));
        fields.addError(failed("title", "Enter the objective"));

        assertThat(FormProblem.invalid(fields).errors()).containsExactly(
                new FieldError("title", "Enter the objective"),
                new FieldError("successCriteria", "Say how you will both know the objective is met"),
                new FieldError("on", "Enter a real day"));
    }

    private static org.springframework.validation.FieldError failed(String field, String message) {
        return new org.springframework.validation.FieldError("form", field, message);
    }
}
