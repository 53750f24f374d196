package dev.heartwood.web.learning;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.ErrorCode;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.CpdProposal;
import dev.heartwood.learning.api.CpdType;
import dev.heartwood.learning.api.RequestCpdActivity;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.heartwood.learning.api.CpdErrorCode.DATE_BEFORE_THE_PERSON_STARTED;
import static dev.heartwood.learning.api.CpdErrorCode.DATE_IN_THE_FUTURE;
import static dev.heartwood.learning.api.CpdErrorCode.ENDS_BEFORE_IT_STARTS;
import static dev.heartwood.learning.api.CpdErrorCode.NEGATIVE_AMOUNT;

/**
 * A request for professional learning, as the reader fills it in: what, from whom, when, what it should take and
 * cost, the cover it needs, the difference it is meant to make and what it serves; {@code on} is the day it was
 * asked for.
 */
record RequestForm(
        @NotBlank(message = "Enter what the learning is called")
        @Size(max = 500, message = "The title must be 500 characters or fewer") String title,
        @NotNull(message = "Choose what kind of learning it is") CpdType type,
        @Size(max = 200, message = "The provider must be 200 characters or fewer") String provider,
        @NotNull(message = "Enter the day it starts") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startsOn,
        @NotNull(message = "Enter the day it ends") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
        @NotNull(message = "Enter the hours it is expected to take")
        @DecimalMin(value = "0", message = "Hours cannot be fewer than 0")
        @Digits(integer = 4, fraction = 2, message = "Enter the hours with at most 2 decimal places")
        BigDecimal expectedHours,
        @NotNull(message = "Enter what it costs, or 0 if it is free")
        @DecimalMin(value = "0", message = "The cost cannot be less than £0")
        @Digits(integer = 7, fraction = 2, message = "Enter the cost in pounds and pence, like 150 or 149.99")
        BigDecimal cost,
        @DecimalMin(value = "0", message = "Cover cannot be fewer than 0 days")
        @Digits(integer = 3, fraction = 1, message = "Enter cover in whole or half days, like 1 or 0.5")
        BigDecimal coverDays,
        @NotBlank(message = "Say what difference the learning is meant to make")
        @Size(max = 2000, message = "The intended impact must be 2000 characters or fewer") String intendedImpact,
        List<UUID> objectives,
        List<UUID> developmentNeeds,
        List<UUID> priorities,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {

    /** The field each rule of the domain that can refuse a request is shown beside. */
    static final Map<ErrorCode, String> REFUSED_FIELDS = LinkAnswers.withTheLinks(Map.of(
            ENDS_BEFORE_IT_STARTS, "endsOn", NEGATIVE_AMOUNT, "expectedHours", DATE_IN_THE_FUTURE, "on",
            DATE_BEFORE_THE_PERSON_STARTED, "on"));

    /** An empty request, asked for today. */
    static RequestForm blank(LocalDate today) {
        return new RequestForm(null, null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(),
                today);
    }

    RequestCpdActivity command(UUID activityId, UUID staffId) {
        CpdProposal proposal = new CpdProposal(PersonalText.of(title), type, Texts.personalOrNone(provider),
                startsOn, endsOn, expectedHours, cost, coverDays == null ? BigDecimal.ZERO : coverDays,
                PersonalText.of(intendedImpact));
        return new RequestCpdActivity(new CpdActivityId(activityId), new StaffId(staffId), proposal,
                LinkAnswers.of(objectives, developmentNeeds, priorities), on);
    }
}
