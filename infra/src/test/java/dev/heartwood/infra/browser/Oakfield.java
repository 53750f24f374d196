package dev.heartwood.infra.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.heartwood.infra.Api;

import java.util.UUID;

/**
 * Where the appraisal and home pages' tests happen: Oakfield Primary, with a priority for 2025/26, Asha Patel's
 * appraisal that year by Ben Okafor, and a colleague of theirs, Carla Mendes, who appraises no one and is appraised by
 * no one. Each test opens a new Oakfield, with fresh identifiers, since the suite shares one store.
 */
record Oakfield(UUID schoolId, UUID teacher, UUID appraiser, UUID colleague, UUID appraisalId) {

    static Oakfield open(int port, String payPolicy) {
        Api admin = Api.administrator(port);
        Oakfield school = new Oakfield(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID());
        UUID cycle = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(school.schoolId(), "Oakfield Primary"));
        admin.expect(201, admin.registerTeacher(school.schoolId(), school.teacher(), "Asha Patel"));
        admin.expect(201, admin.registerTeacher(school.schoolId(), school.appraiser(), "Ben Okafor"));
        admin.expect(201, admin.registerTeacher(school.schoolId(), school.colleague(), "Carla Mendes"));
        admin.expect(201, admin.post("/api/schools/" + school.schoolId() + "/priorities", """
                {"priorityId": "%s", "academicYear": "2025/26", "title": "Reading for pleasure"}"""
                .formatted(UUID.randomUUID())));
        admin.expect(201, admin.openCycle(school.schoolId(), cycle, payPolicy));
        admin.expect(201, admin.startAppraisal(school.appraisalId(), cycle, school.teacher(), school.appraiser()));
        caughtUp(admin);
        return school;
    }

    /** The read models the pages list from: names, steps and their deadlines, priorities. */
    static void caughtUp(Api admin) {
        admin.caughtUp("directory");
        admin.caughtUp("completion-tracker");
        admin.caughtUp("learning-reports");
        admin.caughtUp("appraisal-summary");
    }

    /** Signs out whoever is signed in to the tab, and signs in as this person. */
    static Page as(BrowserTab tab, UUID staffId) {
        Locator signOut = tab.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"));
        if (signOut.count() > 0) {
            signOut.click();
        }
        return tab.signInAs(Api.emailOf(staffId));
    }

    /** The page's main content, as read. */
    static String main(Page page) {
        return page.locator("main").innerText();
    }
}
