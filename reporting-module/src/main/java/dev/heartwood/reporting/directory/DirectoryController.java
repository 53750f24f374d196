package dev.heartwood.reporting.directory;

import dev.heartwood.kernel.Allowed;
import dev.heartwood.kernel.Audience;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.reporting.api.SchoolQuery;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.reporting.api.StaffMemberQuery;
import dev.heartwood.reporting.api.StaffMemberView;
import io.swagger.v3.oas.annotations.Operation;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.SCHOOL_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_NOT_FOUND;

@RestController
class DirectoryController {

    private final QueryGateway queries;

    DirectoryController(QueryGateway queries) {
        this.queries = queries;
    }

    @Operation(summary = "A school")
    @Allowed({Audience.STAFF, Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/api/schools/{schoolId}")
    SchoolView school(@PathVariable UUID schoolId) {
        return queries.query(new SchoolQuery(new SchoolId(schoolId)), ResponseTypes.optionalInstanceOf(SchoolView.class))
                .join()
                .orElseThrow(() -> new DomainRuleViolation(SCHOOL_NOT_FOUND, "No school " + schoolId + " is known"));
    }

    @Operation(summary = "A member of staff")
    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/api/staff/{staffId}")
    StaffMemberView staffMember(@PathVariable UUID staffId) {
        return queries.query(new StaffMemberQuery(new StaffId(staffId)),
                        ResponseTypes.optionalInstanceOf(StaffMemberView.class))
                .join()
                .orElseThrow(() -> new DomainRuleViolation(STAFF_MEMBER_NOT_FOUND,
                        "No staff member " + staffId + " is known"));
    }
}
