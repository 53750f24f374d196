package dev.heartwood.reporting.directory;

import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.reporting.api.TrustView;
import dev.heartwood.reporting.query.Answers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Directory")
class DirectoryController {

    private final Answers answers;

    DirectoryController(Answers answers) {
        this.answers = answers;
    }

    @Operation(summary = "A trust, with how many schools it has")
    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping("/api/trusts/{trustId}")
    TrustView trust(@PathVariable UUID trustId) {
        return answers.trust(trustId);
    }

    @Operation(summary = "A school")
    @Allowed({Audience.STAFF, Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/api/schools/{schoolId}")
    SchoolView school(@PathVariable UUID schoolId) {
        return answers.school(schoolId);
    }

    @Operation(summary = "A member of staff")
    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/api/staff/{staffId}")
    StaffMemberView staffMember(@PathVariable UUID staffId) {
        return answers.staffMember(staffId);
    }
}
