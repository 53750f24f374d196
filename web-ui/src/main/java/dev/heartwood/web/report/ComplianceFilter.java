package dev.heartwood.web.report;

import dev.heartwood.learning.api.ComplianceStatus;
import dev.heartwood.learning.api.TrainingCategory;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * What the training compliance matrix's form asks, as its fields send it: the day, a status, a requirement, a
 * category and the page. A value the form could not have sent is left out (a day the reader cannot have picked is
 * today), so a mistyped address shows more rather than an error.
 *
 * @param place the matrix's address without its filters: a school's or a trust's
 */
public record ComplianceFilter(String place, LocalDate on, Optional<ComplianceStatus> status,
                               Optional<UUID> requirement, Optional<TrainingCategory> category, int page) {

    /** The matrix's filters as an address gives them, bound from its query. */
    record Asked(String on, String status, String requirement, String category, String page) {
    }

    static ComplianceFilter of(String place, LocalDate today, Asked asked) {
        return new ComplianceFilter(place, ReportDay.asked(asked.on()).orElse(today), named(ComplianceStatus.class, asked.status())
                .filter(chosen -> chosen != ComplianceStatus.NOT_APPLICABLE),
                TrackerFilter.identifier(asked.requirement()), named(TrainingCategory.class, asked.category()),
                PageOfRows.asked(asked.page()));
    }

    ComplianceFilter onPage(int other) {
        return new ComplianceFilter(place, on, status, requirement, category, other);
    }

    /** The matrix with these filters: its page, or with {@code csv} the CSV of that page. */
    String address(boolean csv) {
        UriComponentsBuilder address = UriComponentsBuilder.fromPath(place).queryParam("on", on);
        status.ifPresent(chosen -> address.queryParam("status", chosen.name()));
        requirement.ifPresent(chosen -> address.queryParam("requirement", chosen));
        category.ifPresent(chosen -> address.queryParam("category", chosen.name()));
        if (page > 0) {
            address.queryParam("page", page);
        }
        if (csv) {
            address.queryParam("format", "csv");
        }
        return address.encode().toUriString();
    }

    public String statusName() {
        return status.map(ComplianceStatus::name).orElse("");
    }

    public String requirementId() {
        return requirement.map(UUID::toString).orElse("");
    }

    public String categoryName() {
        return category.map(TrainingCategory::name).orElse("");
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
    }
}
