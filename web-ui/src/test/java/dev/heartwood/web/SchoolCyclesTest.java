package dev.heartwood.web;

import dev.heartwood.reporting.api.CycleView;
import dev.heartwood.reporting.api.Freshness;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.SchoolCyclesQuery;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolCyclesTest {

    private static final UUID SCHOOL = UUID.fromString("00000000-0000-0000-0000-000000000001");

    /** The school's cycles as reporting holds them, the latest first, answered a page at a time as asked. */
    private final List<CycleView> held = IntStream.range(0, 150)
            .mapToObj(year -> cycle(2150 - year)).toList();
    private final List<SchoolCyclesQuery> asked = new ArrayList<>();

    @Test
    void readsEveryCycleOfTheSchoolLatestFirstEvenWhenItHasMoreThanAPage() {
        ReportPage<CycleView> cycles = reader(Clock.systemUTC()).of(SCHOOL);

        assertThat(asked).singleElement().satisfies(query -> {
            assertThat(query.schoolId().value()).isEqualTo(SCHOOL);
            assertThat(query.page()).isZero();
        });
        assertThat(cycles.rows()).isEqualTo(held);
        assertThat(cycles.freshness()).isEqualTo(new Freshness(7, 9, 2));
    }

    @Test
    void todayIsTheDayInTheSchoolsZoneNotInUtc() {
        // 23:30 UTC on the last Sunday of March 2026 is half past midnight on Monday in England's summer time
        Clock clock = Clock.fixed(Instant.parse("2026-03-29T23:30:00Z"), ZoneOffset.UTC);

        assertThat(reader(clock).today()).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    private SchoolCycles reader(Clock clock) {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        bus.subscribe(SchoolCyclesQuery.class.getName(), ReportPage.class, message -> {
            SchoolCyclesQuery query = (SchoolCyclesQuery) message.getPayload();
            asked.add(query);
            List<CycleView> rows = held.stream().skip((long) query.page() * query.size()).limit(query.size())
                    .toList();
            return new ReportPage<>(CycleView.class, rows, query.page(), query.size(), held.size(),
                    new Freshness(7, 9, 2));
        });
        return new SchoolCycles(new Queries(DefaultQueryGateway.builder().queryBus(bus).build()), clock);
    }

    private static CycleView cycle(int startYear) {
        return new CycleView(UUID.randomUUID(), SCHOOL, startYear + "/" + String.format("%02d", (startYear + 1) % 100),
                LocalDate.of(startYear, 9, 1), LocalDate.of(startYear + 1, 8, 31), "NOT_PERFORMANCE_RELATED",
                null, null, null, null, null, 0, 0, 0, 0, 0, 1);
    }
}
