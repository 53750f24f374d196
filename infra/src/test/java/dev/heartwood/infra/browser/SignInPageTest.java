package dev.heartwood.infra.browser;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the pages with single sign-on, in a real browser: someone who has not signed in is sent to the
 * sign-in page, which sends them to their school's identity provider and back; a signed-in person signs out with the
 * header's button, and nothing that changes the session is accepted without the page's CSRF token.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class SignInPageTest {

    @LocalServerPort
    int port;

    private String aTeacher() {
        Api admin = Api.administrator(port);
        UUID school = UUID.randomUUID();
        UUID teacher = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(school, "Oakfield Academy"));
        admin.expect(201, admin.registerTeacher(school, teacher, "Asha Patel"));
        return Api.emailOf(teacher);
    }

    @Test
    void someoneWhoHasNotSignedInIsSentToTheSignInPage(BrowserTab tab) {
        Page page = tab.page();
        page.navigate("/");

        assertThat(page.url()).endsWith("/login");
        assertThat(page.locator("h1").innerText()).isEqualTo("Sign in to Heartwood");
        Accessibility.assertNoViolations(page);
        tab.screenshot("sign-in");
    }

    @Test
    void aPersonSignsInThroughTheirIdentityProviderAndSignsOut(BrowserTab tab) {
        String teacher = aTeacher();

        tab.signInAs(teacher);
        Page page = tab.open("/accessibility");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign out")).click();

        assertThat(page.url()).endsWith("/login?signed-out");
        assertThat(page.locator(".govuk-notification-banner").innerText()).contains("You have signed out");
        Accessibility.assertNoViolations(page);
        page.navigate("/");
        assertThat(page.url()).endsWith("/login");
    }

    @Test
    void aSignedInSessionIsNotChangedWithoutThePagesCsrfToken(BrowserTab tab) {
        tab.signInAs(aTeacher());

        APIResponse forged = tab.page().request().post("/sign-out");
        Page page = tab.open("/accessibility");

        assertThat(forged.status()).isEqualTo(403);
        assertThat(page.getByText("Sign out").isVisible()).isTrue();
    }
}
