package dev.heartwood.web.learning;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.ErrorCode;
import dev.heartwood.learning.api.CompleteCpdActivity;
import dev.heartwood.reporting.api.CpdActivityView;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static dev.heartwood.learning.api.CpdErrorCode.DATE_IN_THE_FUTURE;
import static dev.heartwood.learning.api.CpdErrorCode.DATE_OUT_OF_ORDER;
import static dev.heartwood.learning.api.CpdErrorCode.NEGATIVE_AMOUNT;

/** Approved learning, once it is over: the day it was completed, the hours it took, its cost and certificate. */
record CompletionForm(
        @NotNull(message = "Enter the day you completed it") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate completedOn,
        @NotNull(message = "Enter the hours it took")
        @DecimalMin(value = "0", message = "Hours cannot be fewer than 0")
        @Digits(integer = 4, fraction = 2, message = "Enter the hours with at most 2 decimal places")
        BigDecimal hours,
        @NotNull(message = "Enter what it cost in the end, or 0 if it was free")
        @DecimalMin(value = "0", message = "The cost cannot be less than £0")
        @Digits(integer = 7, fraction = 2, message = "Enter the cost in pounds and pence, like 150 or 149.99")
        BigDecimal cost,
        @Size(max = 200, message = "The certificate reference must be 200 characters or fewer")
        String certificateReference) {

    /** The field each rule of the domain that can refuse a completion is shown beside. */
    static final Map<ErrorCode, String> REFUSED_FIELDS = Map.of(
            DATE_IN_THE_FUTURE, "completedOn", DATE_OUT_OF_ORDER, "completedOn", NEGATIVE_AMOUNT, "hours");

    /** What was asked for, as the likeliest answer: the hours and cost expected, the last day it ran. */
    static CompletionForm expected(CpdActivityView learning, LocalDate today) {
        return new CompletionForm(learning.endsOn().isAfter(today) ? today : learning.endsOn(),
                learning.expectedHours(), learning.expectedCost(), null);
    }

    CompleteCpdActivity command(CpdActivityId activityId) {
        return new CompleteCpdActivity(activityId, completedOn, hours, cost, Texts.orNone(certificateReference));
    }
}
