package dev.heartwood.web.report;

import dev.heartwood.reporting.api.Freshness;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AsOfTest {

    @Test
    void saysUpToDateOnceTheReadModelHasEveryEvent() {
        assertThat(AsOf.of(new Freshness(42, 50, 0)).words()).isEqualTo("As of event 42; up to date");
    }

    @Test
    void saysCatchingUpWithHowManyEventsAreStillToCome() {
        assertThat(AsOf.of(new Freshness(42, 50, 1)).words())
                .isEqualTo("As of event 42; catching up (1 event still to include)");
        assertThat(AsOf.of(new Freshness(42, 50, 8)).words())
                .isEqualTo("As of event 42; catching up (8 events still to include)");
    }
}
