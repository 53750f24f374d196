package dev.heartwood.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A date as GOV.UK's date input asks for it: the day, month and year in three fields, as a form sends them
 * ({@code from.day}, {@code from.month}, {@code from.year}). {@code templates/fragments/date.html} shows it; a form's
 * record marks it {@link Real} so that one that is not a real day is refused beside the field.
 */
public record DateInput(String day, String month, String year) {

    /** The fields filled with a day, such as today for a change that takes effect from a day. */
    public static DateInput of(LocalDate date) {
        return new DateInput(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    /** The day, when the three fields name a real one (a four-digit year). */
    public Optional<LocalDate> date() {
        if (!number(day, 2) || !number(month, 2) || year == null || !year.strip().matches("\\d{4}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip())));
        } catch (DateTimeException notADay) {
            return Optional.empty(); // 31 February
        }
    }

    private static boolean number(String field, int maxDigits) {
        return field != null && field.strip().matches("\\d{1," + maxDigits + "}");
    }

    /** The day, for a form that has been validated with {@link Real}. */
    public LocalDate toDate() {
        return date().orElseThrow(() -> new IllegalStateException("a date input was used before it was validated"));
    }

    /** The three fields must name a real day; {@code message} says which day the form asks for. */
    @Documented
    @Constraint(validatedBy = RealDay.class)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Real {

        String message() default "Enter a real date, for example 1 9 2025";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link Real}: a missing date is not a real one either. */
    public static final class RealDay implements ConstraintValidator<Real, DateInput> {

        @Override
        public boolean isValid(DateInput input, ConstraintValidatorContext context) {
            return input != null && input.date().isPresent();
        }
    }
}
