package dev.heartwood.web.learning;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Several requests of one school, approved together on one day. */
record SeveralApprovalsForm(List<UUID> activityIds, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {

    /** Each request chosen, once (public: the page reads it to tick them again). */
    public List<UUID> chosen() {
        return activityIds == null ? List.of() : activityIds.stream().distinct().toList();
    }
}
