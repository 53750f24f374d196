package dev.heartwood.infra.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff import in a real browser: HR uploads the MIS export and sees what became of every row and which columns
 * were not used; a file that is not an export is refused beside the file's field; no one else imports.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class StaffImportPageTest {

    @LocalServerPort
    int port;

    private static void upload(Page page, String name, String contents) {
        page.getByLabel("The MIS export").setInputFiles(new FilePayload(name, "text/csv", contents.getBytes(UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
    }

    @Test
    void hrImportsASmallFileWithABadRowAndSeesEachRowsResult(BrowserTab tab) {
        StaffedSchool school = StaffedSchool.named(port, "Oakfield Academy");
        String benId = "T" + StaffedSchool.shortId();
        UUID ben = school.teacher("Ben Okafor", benId);
        school.shown();
        String nia = "N" + StaffedSchool.shortId();
        String tag = StaffedSchool.shortId().toLowerCase();
        String file = """
                External ID,Name,E-mail,Category,Start date,FTE,Line manager,Payroll number
                %s,Helen Ward,%s,Headteacher,01/09/2020,1,,P001
                %s,Nia Roberts,nia.%s@oakfield.example,Teacher,2024-09-01,0.8,%s,P002
                %s,Omar Said,omar.said.oakfield.example,Teacher,2024-09-01,1,,P003
                %s,Pat Quinn,pat.%s@oakfield.example,Support staff,2024-09-01,0.5,%s,P004
                %s,Ben Okafor,%s,Teacher,01/09/2020,0.6,,P005
                """.formatted(school.headteacherMisId, Api.emailOf(school.headteacher),
                nia, tag, school.headteacherMisId, "O" + tag, "P" + tag, tag, nia,
                benId, Api.emailOf(ben));
        tab.signInAs(Api.emailOf(school.hr));

        Page page = tab.open("/staff");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import staff from your MIS export"))
                .click();
        assertThat(page.locator("h1").allInnerTexts()).containsExactly("Import staff");
        Accessibility.assertNoViolations(page);
        upload(page, "staff.csv", file);

        assertThat(page.locator("h1").allInnerTexts()).containsExactly("Staff import result");
        assertThat(page.locator(".govuk-notification-banner").innerText())
                .contains("Import finished: 2 added, 1 changed, 1 with no change, 1 not imported");
        assertThat(page.locator("table tbody tr").allInnerTexts()).satisfiesExactly(
                row -> assertThat(row).startsWith("2").contains(school.headteacherMisId, "No change"),
                row -> assertThat(row).startsWith("3").contains(nia, "Added"),
                row -> assertThat(row).startsWith("4").contains("Not imported",
                        "e-mail: must be a well-formed email address", "(invalid-input)"),
                row -> assertThat(row).startsWith("5").contains("Added"),
                row -> assertThat(row).startsWith("6").contains("Changed"));
        assertThat(page.locator(".govuk-inset-text li").allInnerTexts()).containsExactly("Payroll number");
        Accessibility.assertNoViolations(page);
        tab.screenshot("staff-import");

        page.reload();
        assertThat(page.locator("h1").allInnerTexts()).containsExactly("Import staff");
        school.shown();
        page.navigate("/staff?school=" + school.schoolId + "&q=" + tag);
        assertThat(page.locator("table tbody tr td:first-child").allInnerTexts())
                .containsExactly("Nia Roberts", "Pat Quinn");
    }

    @Test
    void aFileThatIsNotAStaffExportIsRefusedBesideItsField(BrowserTab tab) {
        StaffedSchool school = StaffedSchool.named(port, "Hawthorn Primary");
        school.shown();
        tab.signInAs(Api.emailOf(school.headteacher));
        Page page = tab.open("/staff/import");
        assertThat(page.url()).endsWith("/schools/" + school.schoolId + "/staff/import");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        assertThat(page.locator("#file-error").innerText()).contains("Select the CSV file exported from your MIS");
        Accessibility.assertNoViolations(page);
        upload(page, "notes.csv", "Shopping list\nmilk\n");

        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.locator("#file-error").innerText())
                .contains("The first line must name the columns; these are missing");
        assertThat(page.locator(".govuk-error-summary a").getAttribute("href")).isEqualTo("#file");
        Accessibility.assertNoViolations(page);
    }

    @Test
    void noOneButTheSchoolsLeadersAndHrImports(BrowserTab tab) {
        StaffedSchool school = StaffedSchool.named(port, "Willow Primary");
        UUID teacher = school.teacher("Tom Reed", "T" + StaffedSchool.shortId());
        StaffedSchool elsewhere = StaffedSchool.named(port, "Elmside Primary");
        elsewhere.shown();
        tab.signInAs(Api.emailOf(teacher));
        Page page = tab.page();

        assertThat(page.navigate("/staff/import").status()).isEqualTo(403);
        assertThat(page.navigate("/schools/" + school.schoolId + "/staff/import").status()).isEqualTo(403);
        assertThat(page.navigate("/schools/" + elsewhere.schoolId + "/staff/import").status()).isEqualTo(404);
    }
}
