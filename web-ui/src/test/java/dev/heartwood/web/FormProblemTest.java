package dev.heartwood.web;

import dev.heartwood.web.FormProblem.FieldError;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** A form's invalid answers, as the page shows them: one message a field, in words a person can act on. */
class FormProblemTest {

    private final BindingResult answers = new BeanPropertyBindingResult(new Object(), "form");

    private void unreadable(String field, String type) {
        answers.addError(new org.springframework.validation.FieldError("form", field, "six", true,
                new String[]{"typeMismatch.form." + field, "typeMismatch." + field, "typeMismatch." + type,
                        "typeMismatch"}, null, "Failed to convert property value of type 'java.lang.String'"));
    }

    private void invalid(String field, String message) {
        answers.addError(new org.springframework.validation.FieldError("form", field, message));
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
        invalid("hours", "Enter the hours it took");
        invalid("title", "Enter what the learning is called");

        assertThat(FormProblem.invalid(answers).errors()).containsExactly(
                new FieldError("hours", "Enter a number, like 6 or 6.5"),
                new FieldError("title", "Enter what the learning is called"));
    }
}
