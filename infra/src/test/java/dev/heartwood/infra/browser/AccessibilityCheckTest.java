package dev.heartwood.infra.browser;

import com.microsoft.playwright.Page;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The accessibility check fails a page that breaks a rule of WCAG 2.0 or of 2.2, saying what and where. */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class AccessibilityCheckTest {

    @Test
    void failsAFieldWithoutALabelNamingTheField(BrowserTab tab) {
        Page page = tab.page();
        page.setContent(pageWith("<input type=\"text\" id=\"title\" name=\"title\">"));

        assertThatThrownBy(() -> Accessibility.assertNoViolations(page)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("axe found 1 kind of accessibility violation")
                .hasMessageContaining("- label (critical): Form elements must have labels")
                .hasMessageContaining("at [#title]");
    }

    @Test
    void failsTargetsTooSmallToPressWhichOnlyWcag22Asks(BrowserTab tab) {
        Page page = tab.page();
        page.setContent(pageWith("""
                <p><button style="width: 10px; height: 10px; padding: 0; border: 0" aria-label="Previous"></button\
                ><button style="width: 10px; height: 10px; padding: 0; border: 0" aria-label="Next"></button></p>"""));

        assertThatThrownBy(() -> Accessibility.assertNoViolations(page)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("- target-size (");
    }

    private static String pageWith(String content) {
        return """
                <!DOCTYPE html>
                <html lang="en-GB"><head><title>A page</title></head>
                <body><main><h1>A page</h1>%s</main></body></html>""".formatted(content);
    }
}
