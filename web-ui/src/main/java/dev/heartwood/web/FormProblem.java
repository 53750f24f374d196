package dev.heartwood.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

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
