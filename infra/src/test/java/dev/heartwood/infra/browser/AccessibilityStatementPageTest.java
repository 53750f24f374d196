package dev.heartwood.infra.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Media;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility statement, read in a real browser by someone who has not signed in. It is the first page of
 * Heartwood's, so it also shows that the frame every page shares is accessible, branded Heartwood and self-contained.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class AccessibilityStatementPageTest {

    @Test
    void meetsWcag22AaAsFarAsAxeCanTell(BrowserTab tab) {
        Page page = tab.open("/accessibility");

        Accessibility.assertNoViolations(page);
        tab.screenshot("accessibility-statement");
    }

    @Test
    void hasOneMainHeading(BrowserTab tab) {
        Page page = tab.open("/accessibility");

        assertThat(page.locator("h1").allInnerTexts()).containsExactly("Accessibility statement for Heartwood");
        assertThat(page.title()).isEqualTo("Accessibility statement - Heartwood");
    }

    @Test
    void theSkipLinkTakesTheKeyboardToTheContent(BrowserTab tab) {
        Page page = tab.open("/accessibility");

        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.textContent.trim()")).isEqualTo("Skip to main content");
        page.keyboard().press("Enter");

        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main-content");
    }

    @Test
    void loadsNothingFromOutsideHeartwood(BrowserTab tab) {
        Page page = tab.open("/accessibility");
        page.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(tab.requestsElsewhere()).isEmpty();
        // and what it did load is Heartwood's own: htmx from its webjar, and the stylesheet in Arial on heartwood brown
        assertThat(page.evaluate("typeof htmx")).isEqualTo("object");
        assertThat(page.evaluate("getComputedStyle(document.querySelector('.govuk-header')).backgroundColor"))
                .isEqualTo("rgb(63, 36, 18)");
        assertThat(page.evaluate("getComputedStyle(document.querySelector('h1')).fontFamily"))
                .isEqualTo("arial, sans-serif");
    }

    @Test
    void printsWithoutTheSkipLinkOrTheFooter(BrowserTab tab) {
        Page page = tab.open("/accessibility");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        assertThat(page.locator("h1").isVisible()).isTrue();
        assertThat(page.locator(".govuk-skip-link").isVisible()).isFalse();
        assertThat(page.locator("footer").isVisible()).isFalse();
    }

    /** The pages keep a session with CSRF protection: htmx sends the page's token in the header the server reads. */
    @Test
    void htmxSendsTheSessionsCsrfTokenInAHeader(BrowserTab tab) {
        Page page = tab.open("/accessibility");
        page.waitForLoadState(LoadState.NETWORKIDLE);
        Object token = page.evaluate("document.querySelector('meta[name=csrf-token]').content");
        Object header = page.evaluate("document.querySelector('meta[name=csrf-header]').content");

        Request request = page.waitForRequest("**/accessibility",
                () -> page.evaluate("htmx.ajax('GET', '/accessibility', {swap: 'none'})"));

        assertThat(token).asString().isNotBlank();
        assertThat(request.headerValue(String.valueOf(header).toLowerCase())).isEqualTo(token);
        assertThat(request.headerValue("hx-request")).isEqualTo("true");
    }
}
