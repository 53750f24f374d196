package dev.heartwood.web.learning;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.ErrorCode;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.CompletedLearning;
import dev.heartwood.learning.api.CpdType;
import dev.heartwood.learning.api.LogCompletedCpd;
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

import static dev.heartwood.learning.api.CpdErrorCode.DATE_IN_THE_FUTURE;
import static dev.heartwood.learning.api.CpdErrorCode.ENDS_BEFORE_IT_STARTS;
import static dev.heartwood.learning.api.CpdErrorCode.NEGATIVE_AMOUNT;

/** Learning the reader has already done, such as a book read or a network meeting: it needs no approval. */
record LogForm(
        @NotBlank(message = "Enter what the learning was called")
        @Size(max = 500, message = "The title must be 500 characters or fewer") String title,
        @NotNull(message = "Choose what kind of learning it was") CpdType type,
        @Size(max = 200, message = "The provider must be 200 characters or fewer") String provider,
        @NotNull(message = "Enter the day it started") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startedOn,
        @NotNull(message = "Enter the day it was completed") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate completedOn,
        @NotNull(message = "Enter the hours it took")
        @DecimalMin(value = "0", message = "Hours cannot be fewer than 0")
        @Digits(integer = 4, fraction = 2, message = "Enter the hours with at most 2 decimal places")
        BigDecimal hours,
        @DecimalMin(value = "0", message = "The cost cannot be less than £0")
        @Digits(integer = 7, fraction = 2, message = "Enter the cost in pounds and pence, like 150 or 149.99")
        BigDecimal cost,
        @Size(max = 200, message = "The certificate reference must be 200 characters or fewer")
        String certificateReference,
        List<UUID> objectives,
        List<UUID> developmentNeeds,
        List<UUID> priorities) {

    /** The field each rule of the domain that can refuse the learning is shown beside. */
    static final Map<ErrorCode, String> REFUSED_FIELDS = LinkAnswers.withTheLinks(Map.of(
            ENDS_BEFORE_IT_STARTS, "completedOn", DATE_IN_THE_FUTURE, "completedOn", NEGATIVE_AMOUNT, "hours"));

    static LogForm blank() {
        return new LogForm(null, null, null, null, null, null, null, null, List.of(), List.of(), List.of());
    }

    LogCompletedCpd command(UUID activityId, UUID staffId) {
        CompletedLearning learning = new CompletedLearning(PersonalText.of(title), type,
                Texts.personalOrNone(provider), startedOn, completedOn, hours, cost == null ? BigDecimal.ZERO : cost,
                Texts.orNone(certificateReference));
        return new LogCompletedCpd(new CpdActivityId(activityId), new StaffId(staffId), learning,
                LinkAnswers.of(objectives, developmentNeeds, priorities));
    }
}
