package dev.heartwood.reporting.learning;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.reporting.api.CpdGrouping;
import dev.heartwood.reporting.api.CpdSpendQuery;
import dev.heartwood.reporting.api.CpdSpendRow;
import dev.heartwood.reporting.api.CpdSpendSort;
import dev.heartwood.reporting.api.ObjectivesAndLearningGrouping;
import dev.heartwood.reporting.api.ObjectivesAndLearningQuery;
import dev.heartwood.reporting.api.ObjectivesAndLearningRow;
import dev.heartwood.reporting.api.ObjectivesAndLearningSort;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.api.StaffObjectivesAndLearningQuery;
import dev.heartwood.reporting.query.Answers;
import dev.heartwood.reporting.query.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.util.UUID;

/** The professional learning reports of a school, or of a whole trust, as JSON or (with Accept: text/csv) CSV. */
@RestController
@Tag(name = "Reports")
class LearningReportController {

    /** Years side by side in one answer, enough for a decade's trend. */
    private static final int MOST_YEARS = 10;
    /** Read in any case (LearningReportParameters), which an enum in the document would deny. */
    private static final String GROUPINGS = "PERSON, TYPE, PRIORITY, TERM or SCHOOL, in any case";

    private final Answers answers;
    private final Clock clock;

    LearningReportController(Answers answers, Clock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    @Operation(summary = "CPD hours and spend of a school in an academic year (this one unless given): requested, "
            + "approved and completed, with cover days, by person, type, priority, term or school; sorted by the "
            + "group's label, or the most hours or cost first")
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/api/schools/{schoolId}/reports/cpd")
    ReportPage<CpdSpendRow> schoolCpd(
            @RequestParam(required = false) @Parameter(schema = @Schema(type = "string", example = "2025/26"))
            AcademicYear academicYear,
            @RequestParam(defaultValue = "PERSON")
            @Parameter(description = GROUPINGS, schema = @Schema(type = "string", defaultValue = "PERSON"))
            CpdGrouping by,
            @RequestParam(defaultValue = "label") CpdSpendSort sort, Paging paging, ReportScope school) {
        return cpd(school, academicYear, by, sort, paging);
    }

    @Operation(summary = "CPD hours and spend of every school of a trust together")
    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping("/api/trusts/{trustId}/reports/cpd")
    ReportPage<CpdSpendRow> trustCpd(
            @RequestParam(required = false) @Parameter(schema = @Schema(type = "string", example = "2025/26"))
            AcademicYear academicYear,
            @RequestParam(defaultValue = "SCHOOL")
            @Parameter(description = GROUPINGS, schema = @Schema(type = "string", defaultValue = "SCHOOL"))
            CpdGrouping by,
            @RequestParam(defaultValue = "label") CpdSpendSort sort, Paging paging, ReportScope trust) {
        return cpd(trust, academicYear, by, sort, paging);
    }

    @Operation(summary = "A school's objectives and the learning linked to them, year by year (the last three "
            + "unless given): share with linked learning, linked hours and cost, outcomes with and without learning; "
            + "each year's whole row with a row for each school priority, or (by=standard) for each standard its "
            + "objectives serve; sorted by year, by priority or standard (each one's years side by side) or by "
            + "linked hours within each year")
    @Allowed(Audience.SCHOOL_LEADER)
    @GetMapping("/api/schools/{schoolId}/reports/objectives-and-learning")
    ReportPage<ObjectivesAndLearningRow> schoolObjectives(
            @RequestParam(required = false) @Parameter(schema = @Schema(type = "string", example = "2024/25"))
            AcademicYear from,
            @RequestParam(required = false) @Parameter(schema = @Schema(type = "string", example = "2025/26"))
            AcademicYear to,
            @RequestParam(defaultValue = "priority") ObjectivesAndLearningGrouping by,
            @RequestParam(defaultValue = "year") ObjectivesAndLearningSort sort, Paging paging, ReportScope school) {
        return objectivesAndLearning(school, from, to, by, sort, paging);
    }

    @Operation(summary = "The objectives and linked learning of every school of a trust together, year by year")
    @Allowed(Audience.TRUST_LEADER)
    @GetMapping("/api/trusts/{trustId}/reports/objectives-and-learning")
    ReportPage<ObjectivesAndLearningRow> trustObjectives(
            @RequestParam(required = false) @Parameter(schema = @Schema(type = "string", example = "2024/25"))
            AcademicYear from,
            @RequestParam(required = false) @Parameter(schema = @Schema(type = "string", example = "2025/26"))
            AcademicYear to,
            @RequestParam(defaultValue = "priority") ObjectivesAndLearningGrouping by,
            @RequestParam(defaultValue = "year") ObjectivesAndLearningSort sort, Paging paging, ReportScope trust) {
        return objectivesAndLearning(trust, from, to, by, sort, paging);
    }

    @Operation(summary = "A person's own objectives and the learning linked to them, in each year they were "
            + "appraised, the earliest first: objectives set, share with linked learning, linked hours and cost, "
            + "outcomes with and without learning; figures only, none of the objectives' words")
    @Allowed(value = {Audience.SELF, Audience.SCHOOL_LEADER, Audience.HR}, appraisal = true)
    @GetMapping("/api/staff/{staffId}/reports/objectives-and-learning")
    ReportPage<ObjectivesAndLearningRow> staffObjectives(@PathVariable UUID staffId, Paging paging) {
        answers.staffMember(staffId);
        return answers.page(new StaffObjectivesAndLearningQuery(new StaffId(staffId), paging.page(),
                paging.size()));
    }

    private ReportPage<ObjectivesAndLearningRow> objectivesAndLearning(ReportScope scope, AcademicYear from,
                                                                       AcademicYear to,
                                                                       ObjectivesAndLearningGrouping by,
                                                                       ObjectivesAndLearningSort sort, Paging paging) {
        AcademicYear last = orThisYear(to);
        AcademicYear first = from == null ? new AcademicYear(last.startYear() - 2) : from;
        if (first.startYear() > last.startYear()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "'from' comes after 'to'");
        }
        if (last.startYear() - first.startYear() >= MOST_YEARS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "At most " + MOST_YEARS + " years are compared at once");
        }
        return answers.page(new ObjectivesAndLearningQuery(scope, first, last, by, sort, paging.page(),
                paging.size()));
    }

    private ReportPage<CpdSpendRow> cpd(ReportScope scope, AcademicYear academicYear, CpdGrouping by,
                                        CpdSpendSort sort, Paging paging) {
        return answers.page(new CpdSpendQuery(scope, orThisYear(academicYear), by, sort, paging.page(),
                paging.size()));
    }

    private AcademicYear orThisYear(AcademicYear academicYear) {
        return academicYear == null ? AcademicYear.containing(SchoolTime.today(clock)) : academicYear;
    }
}
