package dev.heartwood.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.heartwood.kernel.DomainRuleViolation;
import org.springframework.validation.BindingResult;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Why a form was refused, in the shape of the API's RFC 9457 problem document: its {@code detail}, and for invalid
 * input the failing fields ({@code errors}). A page shows it with {@code templates/fragments/errors.html}: GOV.UK's
 * error summary above the form, and each field's message beside that field.
 *
 * @param detail what was refused, in a sentence, shown when no particular field is to blame
 * @param errors the fields that failed, in the order the form shows them
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FormProblem(String detail, List<FieldError> errors) {

    /**
     * One field that failed.
     *
     * @param field   the field's name, as the form's input and the API's request both call it
     * @param message what is wrong with it, in words that say how to put it right
     */
    public record FieldError(String field, String message) {
    }

    public FormProblem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * A rule of the domain that refused the form's command, shown beside the field it concerns (the day a step
     * happened, for a date out of order), or above the form when no one field is to blame.
     *
     * @param field the form's field the rule is about, or {@code null}
     */
    public static FormProblem refusal(DomainRuleViolation refusal, String field) {
        return new FormProblem(refusal.getMessage(), field == null ? List.of()
                : List.of(new FieldError(field, refusal.getMessage())));
    }

    /**
     * A form's fields that failed their checks (Bean Validation on the form's record), in the form's order: the order
     * of the record's components, since Bean Validation reports them in no particular order.
     */
    public static FormProblem invalid(BindingResult fields) {
        List<String> order = fields.getTarget() instanceof Record form
                ? Arrays.stream(form.getClass().getRecordComponents()).map(RecordComponent::getName).toList()
                : List.of();
        return new FormProblem("Some answers are missing or not right", fields.getFieldErrors().stream()
                .sorted(Comparator.comparingInt(error -> order.indexOf(error.getField())))
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .toList());
    }

    public boolean hasError(String field) {
        return errorFor(field) != null;
    }

    /** The first message about a field, or null when the field was accepted. */
    public String errorFor(String field) {
        return errors.stream()
                .filter(error -> error.field().equals(field))
                .map(FieldError::message)
                .findFirst()
                .orElse(null);
    }
}
