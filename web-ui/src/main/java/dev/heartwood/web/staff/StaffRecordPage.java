package dev.heartwood.web.staff;

import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Permissions;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.web.Navigation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.UUID;

/**
 * A person's record as the directory holds it: their details, category, FTE, dates, roles and line manager, with a
 * link to change each for the school's leaders and HR (never on their own record, which a colleague keeps), and to
 * their objectives and learning over the years for whoever may open that. The person themself reads it too, as the
 * API lets them.
 */
@Controller
class StaffRecordPage {

    private final StaffDirectory directory;
    private final LookedAfterSchools schools;
    private final Permissions permissions;

    StaffRecordPage(StaffDirectory directory, LookedAfterSchools schools, Permissions permissions) {
        this.directory = directory;
        this.schools = schools;
        this.permissions = permissions;
    }

    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/staff/{staffId}")
    String record(@PathVariable UUID staffId, Viewer viewer, Model model) {
        StaffMemberView person = directory.person(staffId);
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.STAFF));
        model.addAttribute("person", person);
        model.addAttribute("school", directory.school(person.schoolId()));
        model.addAttribute("lineManager", directory.lineManagerOf(person).orElse(null));
        // the same rule as the API's changes, which no one passes on their own record; a leaver's record is closed
        model.addAttribute("mayChange", person.leftOn() == null
                && permissions.allows(staffId, Audience.SCHOOL_LEADER, Audience.HR));
        model.addAttribute("looksAfter", schools.looksAfter(person.schoolId()));
        // the same rule as the page's (StaffObjectivesAndLearningPage), which shows the person's appraisals
        model.addAttribute("objectivesAndLearning", permissions.allowsAppraisal(staffId, Audience.SELF,
                Audience.SCHOOL_LEADER, Audience.HR) ? "/staff/" + staffId + "/objectives-and-learning" : null);
        return "staff/record";
    }
}
