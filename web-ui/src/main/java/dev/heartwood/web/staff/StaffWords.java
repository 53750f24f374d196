package dev.heartwood.web.staff;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.appraisal.api.StaffImportOutcome;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The directory's categories and roles in the words a school uses for them, for the staff pages; templates read it as
 * {@code @staffWords}. The views carry the names of the api's enums.
 */
@Component("staffWords")
public class StaffWords {

    public String category(String name) {
        return category(StaffCategory.valueOf(name));
    }

    public String category(StaffCategory category) {
        return switch (category) {
            case TEACHER -> "Teacher";
            case HEADTEACHER -> "Headteacher";
            case SUPPORT_STAFF -> "Support staff";
            case EARLY_CAREER_TEACHER -> "Early career teacher (ECT)";
            case GOVERNOR -> "Governor";
        };
    }

    public String role(String name) {
        return role(StaffRole.valueOf(name));
    }

    public String role(StaffRole role) {
        return switch (role) {
            case DSL -> "Designated safeguarding lead (DSL)";
            case DEPUTY_DSL -> "Deputy DSL";
            case FIRST_AIDER -> "First aider";
            case PAEDIATRIC_FIRST_AIDER -> "Paediatric first aider";
            case MENTAL_HEALTH_FIRST_AIDER -> "Mental health first aider";
            case SENCO -> "Special educational needs co-ordinator (SENCO)";
            case FIRE_WARDEN -> "Fire warden";
        };
    }

    /** A person's roles, in words, in the order the directory lists roles. */
    public List<String> roles(List<String> names) {
        return names.stream().map(StaffRole::valueOf).sorted().map(this::role).toList();
    }

    public String outcome(StaffImportOutcome outcome) {
        return switch (outcome) {
            case CREATED -> "Added";
            case CHANGED -> "Changed";
            case UNCHANGED -> "No change";
        };
    }

    public List<StaffCategory> categories() {
        return List.of(StaffCategory.values());
    }

    public List<StaffRole> allRoles() {
        return List.of(StaffRole.values());
    }
}
