package dev.heartwood.reporting.tracker;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.reporting.api.HeadteacherAppraisalQuery;
import dev.heartwood.reporting.api.HeadteacherAppraisalReport;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.query.Answers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.CYCLE_NOT_FOUND;

@RestController
@Tag(name = "Reports")
class HeadteacherAppraisalController {

    private final Answers answers;
    private final Clock clock;

    HeadteacherAppraisalController(Answers answers, Clock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    @Operation(summary = "The headteacher's appraisal for governors: panel, external adviser and consultations, "
            + "the year's steps and whether it is on time for the pay decision (this year's unless academicYear)")
    @Allowed({Audience.GOVERNOR, Audience.TRUST_LEADER})
    @GetMapping("/api/schools/{schoolId}/reports/headteacher-appraisal")
    HeadteacherAppraisalReport headteacherAppraisal(@RequestParam(required = false) AcademicYear academicYear,
                                                    ReportScope school) {
        LocalDate today = SchoolTime.today(clock);
        AcademicYear year = academicYear == null ? AcademicYear.containing(today) : academicYear;
        return answers.one(new HeadteacherAppraisalQuery(school.schoolId(), year, today),
                HeadteacherAppraisalReport.class, CYCLE_NOT_FOUND,
                "School " + school.schoolId() + " has no cycle for " + year);
    }
}
