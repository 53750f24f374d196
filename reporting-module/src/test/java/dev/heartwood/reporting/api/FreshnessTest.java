package dev.heartwood.reporting.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FreshnessTest {

    @Test
    void figuresPutTogetherAreAsOfTheStalestSourceAndBehindAsTheFurthestBehind() {
        Freshness caughtUp = new Freshness(120, 130, 0);
        Freshness stale = new Freshness(95, 128, 7);
        Freshness between = new Freshness(110, 129, 2);

        assertThat(Freshness.together(List.of(caughtUp, stale, between))).isEqualTo(new Freshness(95, 130, 7));
    }

    @Test
    void oneSourceIsAsFreshAsItIs() {
        Freshness only = new Freshness(42, 50, 3);

        assertThat(Freshness.together(List.of(only))).isEqualTo(only);
    }

    @Test
    void nothingPutTogetherHasNoFreshness() {
        assertThatThrownBy(() -> Freshness.together(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
