package dev.heartwood.infra;

import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.reporting.api.SchoolStaffQuery;
import dev.heartwood.reporting.api.StaffSort;
import dev.heartwood.reporting.api.StaffStatus;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What someone searched the staff for is personal text: a message carrying it, or the query bus's message around
 * it, written to a log by anything that logs messages, shows how long it was and never what it said.
 */
class SearchTermsTest {

    private final SchoolStaffQuery search = new SchoolStaffQuery(new SchoolId(UUID.randomUUID()),
            PersonalText.of("Okafor"), null, StaffStatus.ALL, StaffSort.NAME, FixedClock.TODAY, 0, 100);

    @Test
    void aSearchOfTheStaffShowsNotItsTermsWhenWritten() {
        assertThat(search.toString()).doesNotContain("Okafor").contains("6 characters");
        assertThat(new GenericQueryMessage<>(search, ResponseTypes.instanceOf(Object.class)).toString())
                .doesNotContain("Okafor");
    }
}
