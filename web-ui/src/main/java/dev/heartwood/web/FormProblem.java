package dev.heartwood.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.heartwood.kernel.DomainRuleViolation;
import org.springframework.validation.BindingResult;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * A form's fields that failed their checks (Bean Validation on the form's record), in the form's order (the order
     * of the record's components, since Bean Validation reports them in no particular order), one message for each
     * field as GOV.UK's pattern shows it: the first found. An answer that could not even be read as what the field
     * holds (words in a number's field) is said so in words, not in the converter's.
     */
    public static FormProblem invalid(BindingResult fields) {
        List<String> order = fields.getTarget() instanceof Record form
                ? Arrays.stream(form.getClass().getRecordComponents()).map(RecordComponent::getName).toList()
                : List.of();
        Map<String, String> first = new LinkedHashMap<>();
        fields.getFieldErrors().stream()
                .sorted(Comparator.comparingInt(error -> order.indexOf(error.getField())))
                .forEach(error -> first.putIfAbsent(error.getField(), message(error)));
        return new FormProblem("Some answers are missing or not right", first.entrySet().stream()
                .map(error -> new FieldError(error.getKey(), error.getValue()))
                .toList());
    }

    private static String message(org.springframework.validation.FieldError error) {
        if (!error.isBindingFailure()) {
            return error.getDefaultMessage();
        }
        List<String> codes = Arrays.asList(error.getCodes() == null ? new String[0] : error.getCodes());
        if (codes.contains("typeMismatch.java.time.LocalDate")) {
            return "Enter a real date";
        }
        if (codes.contains("typeMismatch.java.math.BigDecimal")) {
            return "Enter a number, like 6 or 6.5";
        }
        return "Choose one of the options given";
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
