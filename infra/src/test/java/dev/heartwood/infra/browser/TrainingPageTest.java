package dev.heartwood.infra.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A teacher's mandatory training on 15 July 2026, at a school that adopted the standard set from September 2025: one
 * requirement never done and overdue, one due for renewal soon, one done recently; each status said in words.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class TrainingPageTest {

    @LocalServerPort
    int port;

    private static UUID requirement(JsonNode adopted, String key) {
        return StreamSupport.stream(adopted.spliterator(), false)
                .filter(item -> key.equals(item.path("key").asText()))
                .map(item -> UUID.fromString(item.path("requirementId").asText()))
                .findFirst()
                .orElseThrow();
    }

    private static Locator row(Page page, String training) {
        return page.locator("tr").filter(new Locator.FilterOptions().setHasText(training)).first();
    }

    @Test
    void aTeacherSeesEachRequirementsStatusInWordsWithItsDatesAndCertificate(BrowserTab tab) {
        Api admin = Api.administrator(port);
        UUID school = UUID.randomUUID();
        UUID teacher = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(school, "Oakfield Academy"));
        admin.expect(201, admin.registerTeacher(school, teacher, "Asha Patel"));
        var adopted = admin.post("/api/schools/" + school + "/training-requirements/standard-set",
                "{\"effectiveFrom\": \"2025-09-01\"}");
        admin.expect(200, adopted);
        String completions = "/api/staff/" + teacher + "/training-completions";
        admin.expect(204, admin.post(completions, """
                {"requirementId": "%s", "completedOn": "2025-08-01", "provider": "Local authority",
                 "certificateReference": "LA-SG-0801"}""".formatted(requirement(admin.read(adopted),
                "safeguarding-update"))));
        admin.expect(204, admin.post(completions, """
                {"requirementId": "%s", "completedOn": "2026-06-01", "provider": "County fire service",
                 "certificateReference": "FS-2026-88"}""".formatted(requirement(admin.read(adopted), "fire-safety"))));
        admin.caughtUp("training");

        tab.signInAs(Api.emailOf(teacher));
        Page page = tab.open("/training");

        assertThat(page.locator("h1").innerText()).isEqualTo("My training");
        assertThat(row(page, "Prevent duty awareness").innerText()).contains("Overdue").contains("Never");
        assertThat(row(page, "Safeguarding and child protection update").innerText()).contains("Due soon")
                .contains("1 August 2026").contains("LA-SG-0801");
        assertThat(row(page, "Fire safety awareness").innerText()).contains("Compliant").contains("1 June 2026")
                .contains("1 June 2027").contains("FS-2026-88");
        Locator record = page.locator("table").last();
        assertThat(record.innerText()).contains("County fire service").contains("Local authority");
        Accessibility.assertNoViolations(page);
        tab.screenshot("learning-training");
    }
}
