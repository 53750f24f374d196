package dev.heartwood.web;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The page carries a signed-in session's CSRF token for htmx to send, and nothing without a session. */
class CsrfMetaTest {

    private final Templates templates = new Templates();

    /** Spring Security's request attribute {@code _csrf}, as the template reads it. */
    public static final class Token {

        public String getToken() {
            return "4f1c-token";
        }

        public String getHeaderName() {
            return "X-CSRF-TOKEN";
        }
    }

    @Test
    void givesTheTokenAndTheHeaderToSendItIn() {
        String head = templates.render("head", Map.of("_csrf", new Token()));

        assertThat(head).contains("<meta name=\"csrf-token\" content=\"4f1c-token\">")
                .contains("<meta name=\"csrf-header\" content=\"X-CSRF-TOKEN\">");
    }

    @Test
    void saysNothingWithoutASession() {
        String head = templates.render("head", Map.of());

        assertThat(head).doesNotContain("csrf");
    }
}
