package dev.heartwood.web;

import dev.heartwood.web.FormProblem.FieldError;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** A form's invalid answers, as its error summary lists them: one message a field, in the form's order, in words. */
class FormProblemTest {

    record ObjectiveForm(String title, String successCriteria, String on) {
    }

    private final BindingResult answers = new BeanPropertyBindingResult(new Object(), "form");

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

    @Test
    void anAnswerThatIsNotEvenANumberOrADayIsSaidSoInWords() {
        unreadable("hours", "java.math.BigDecimal");
        unreadable("startsOn", "java.time.LocalDate");
        unreadable("type", "dev.heartwood.learning.api.CpdType");

        assertThat(FormProblem.invalid(answers).errors()).containsExactly(
                new FieldError("hours", "Enter a number, like 6 or 6.5"),
                new FieldError("startsOn", "Enter a real date"),
                new FieldError("type", "Choose one of the options given"));
    }

    @Test
    void eachFieldHasOneMessageTheFirstFound() {
        unreadable("hours", "java.math.BigDecimal");
        answers.addError(failed("hours", "Enter the hours it took"));
        answers.addError(failed("title", "Enter what the learning is called"));

        assertThat(FormProblem.invalid(answers).errors()).containsExactly(
                new FieldError("hours", "Enter a number, like 6 or 6.5"),
                new FieldError("title", "Enter what the learning is called"));
    }

    private void unreadable(String field, String type) {
        answers.addError(new org.springframework.validation.FieldError("form", field, "six", true,
                new String[]{"typeMismatch.form." + field, "typeMismatch." + field, "typeMismatch." + type,
                        "typeMismatch"}, null, "Failed to convert property value of type 'java.lang.String'"));
    }

    private static org.springframework.validation.FieldError failed(String field, String message) {
        return new org.springframework.validation.FieldError("form", field, message);
    }
}
