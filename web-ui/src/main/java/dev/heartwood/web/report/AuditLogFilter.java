package dev.heartwood.web.report;

import dev.heartwood.kernel.SchoolTime;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the audit log's form asks: the first and last day, what happened (typed as the page words it, "Objective
 * set", or as the event's name) and the page. A value the form could not have sent is left out, so a mistyped address
 * shows more rather than an error.
 *
 * @param place the log's address without its filters: a school's or a trust's
 */
public record AuditLogFilter(String place, Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> kind,
                             int page) {

    /** The log's filters as an address gives them, bound from its query. */
    record Asked(String from, String to, String what, String page) {
    }

    static AuditLogFilter of(String place, Asked asked) {
        return new AuditLogFilter(place, day(asked.from()), day(asked.to()), kind(asked.what()),
                PageOfRows.asked(asked.page()));
    }

    AuditLogFilter onPage(int other) {
        return new AuditLogFilter(place, from, to, kind, other);
    }

    /** The start of the first day, in the school's zone. */
    Instant fromInstant() {
        return from.map(day -> day.atStartOfDay(SchoolTime.DEFAULT_ZONE).toInstant()).orElse(null);
    }

    /** The end of the last day, in the school's zone: the log's {@code to} leaves its instant out. */
    Instant toInstant() {
        return to.map(day -> day.plusDays(1).atStartOfDay(SchoolTime.DEFAULT_ZONE).toInstant()).orElse(null);
    }

    /** The log with these filters: its page, or with {@code csv} the CSV of that page. */
    String address(boolean csv) {
        UriComponentsBuilder address = UriComponentsBuilder.fromPath(place);
        from.ifPresent(day -> address.queryParam("from", day));
        to.ifPresent(day -> address.queryParam("to", day));
        kind.ifPresent(chosen -> address.queryParam("what", AuditLogPage.words(chosen)));
        if (page > 0) {
            address.queryParam("page", page);
        }
        if (csv) {
            address.queryParam("format", "csv");
        }
        return address.encode().toUriString();
    }

    public String fromText() {
        return from.map(LocalDate::toString).orElse("");
    }

    public String toText() {
        return to.map(LocalDate::toString).orElse("");
    }

    public String what() {
        return kind.map(AuditLogPage::words).orElse("");
    }

    /** "Objective set" (or "ObjectiveSet") as the event's name, "ObjectiveSet". */
    private static Optional<String> kind(String what) {
        if (what == null || !what.strip().matches("[A-Za-z]+( [A-Za-z]+)*")) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(what.strip().split(" "))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining()));
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }
}
