package dev.heartwood.infra.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A page under test may load from the application's own origin only: same scheme, host and port. */
class OriginTest {

    private final Origin application = Origin.of("http://localhost:8123");

    @Test
    void ownsTheApplicationsPagesAndAssets() {
        assertThat(application.owns("http://localhost:8123/accessibility")).isTrue();
        assertThat(application.owns("http://localhost:8123/webjars/htmx.org/2.0.10/dist/htmx.min.js?x=1")).isTrue();
    }

    @Test
    void ownsNothingElsewhere() {
        assertThat(application.owns("https://assets.elsewhere.example/htmx.org/2.0.10/htmx.min.js")).isFalse();
        assertThat(application.owns("https://localhost:8123/accessibility")).isFalse();
        assertThat(application.owns("http://localhost:8124/accessibility")).isFalse();
        assertThat(application.owns("http://127.0.0.1:8123/accessibility")).isFalse();
        assertThat(application.owns("http://localhost/accessibility")).isFalse();
        assertThat(application.owns("not a url")).isFalse();
    }
}
