package dev.heartwood.infra;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The integration tests' day: 15 July 2026, the end of the summer term of 2025/26. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClock {

    public static final LocalDate TODAY = LocalDate.of(2026, 7, 15);

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(Instant.parse("2026-07-15T09:00:00Z"), ZoneOffset.UTC);
    }
}
