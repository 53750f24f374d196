package dev.heartwood.reporting.directory;

import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.api.SchoolStaffQuery;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.reporting.api.StaffSort;
import dev.heartwood.reporting.api.StaffStatus;
import dev.heartwood.reporting.api.TrustSchoolsQuery;
import dev.heartwood.reporting.api.TrustView;
import dev.heartwood.reporting.api.TrustsQuery;
import dev.heartwood.reporting.query.Answers;
import dev.heartwood.reporting.query.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/** The trusts, a trust's schools and a school's staff, to find a record without knowing its id. */
@Tag(name = "Directory")
@RestController
class DirectoryListController {

    private final Answers answers;
    private final Clock clock;

    DirectoryListController(Answers answers, Clock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    @Operation(summary = "(Administrators) The trusts by name, with how many schools each has; q finds those whose "
            + "name contains it")
    @Allowed({})
    @GetMapping("/api/trusts")
    ReportPage<TrustView> trusts(@RequestParam(required = false) @Size(max = 200) String q, Paging paging) {
        return answers.page(new TrustsQuery(q == null || q.isBlank() ? null : q.strip(), paging.page(),
                paging.size()));
    }

    @Operation(summary = "A trust's schools by name; type (MAINTAINED, ACADEMY, INDEPENDENT) keeps those of one type")
    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping("/api/trusts/{trustId}/schools")
    ReportPage<SchoolView> schools(@RequestParam(required = false) SchoolType type,
                                   Paging paging, ReportScope trust) {
        return answers.page(new TrustSchoolsQuery(new TrustId(trust.trustId()), type, paging.page(), paging.size()));
    }

    @Operation(summary = "A school's staff: q finds people whose name, e-mail address or MIS identifier contains it; "
            + "category keeps one category; status is current (the default), leavers or all; sorted by name, "
            + "externalId or startDate (the latest to start first)")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/api/schools/{schoolId}/staff")
    ReportPage<StaffMemberView> staff(@RequestParam(required = false) @Size(max = 200) String q,
                                      @RequestParam(required = false) StaffCategory category,
                                      @RequestParam(defaultValue = "current") StaffStatus status,
                                      @RequestParam(defaultValue = "name") StaffSort sort,
                                      Paging paging, ReportScope school) {
        return answers.page(new SchoolStaffQuery(new SchoolId(school.schoolId()),
                q == null || q.isBlank() ? null : PersonalText.of(q.strip()), category, status, sort,
                SchoolTime.today(clock), paging.page(), paging.size()));
    }
}
