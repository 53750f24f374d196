package dev.heartwood.web.appraisal;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.AppraisalRow;
import dev.heartwood.reporting.api.AppraisalSort;
import dev.heartwood.reporting.api.AppraisalStatus;
import dev.heartwood.reporting.api.AppraisalStepsQuery;
import dev.heartwood.reporting.api.AppraisalStepsRow;
import dev.heartwood.reporting.api.AppraiseesQuery;
import dev.heartwood.web.Deadline;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import dev.heartwood.web.appraisal.NextSteps.Stage;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An appraiser's people: this year's appraisals they hold (and any of an earlier year still under way), grouped by
 * the next step each waits for, the earliest steps first.
 */
@Controller
class AppraiseesPage {

    /** More appraisees than any appraiser holds in a year. */
    private static final int ALL = 500;

    private final Queries queries;
    private final Clock clock;

    AppraiseesPage(Queries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * One appraisee in a group.
     *
     * @param deadline the deadline of the step the appraisal waits for, if it has one
     */
    public record Appraisee(UUID appraisalId, String name, String academicYear, @Nullable Deadline deadline) {
    }

    /** The appraisals waiting for one step, by name. */
    public record Group(Stage stage, List<Appraisee> appraisees) {
    }

    @GetMapping("/appraisees")
    @Allowed(Audience.ANYONE)
    ModelAndView appraisees(Viewer viewer) {
        LocalDate today = SchoolTime.today(clock);
        Map<UUID, AppraisalStepsRow> steps = new LinkedHashMap<>();
        List<AppraisalRow> appraisals = new ArrayList<>();
        for (Viewer.StaffRecord self : viewer.staffRecords()) {
            StaffId appraiser = new StaffId(self.staffId());
            queries.list(new AppraisalStepsQuery(appraiser), AppraisalStepsRow.class).stream()
                    .filter(row -> row.appraiserId().equals(self.staffId()))
                    .forEach(row -> steps.put(row.appraisalId(), row));
            appraisals.addAll(Stream.concat(
                            appraisalsOf(appraiser, AcademicYear.containing(today), null),
                            appraisalsOf(appraiser, null, AppraisalStatus.UNDER_WAY))
                    .toList());
        }
        Map<Stage, List<Appraisee>> groups = new EnumMap<>(Stage.class);
        appraisals.stream()
                .collect(Collectors.toMap(AppraisalRow::appraisalId, Function.identity(), (same, again) -> same,
                        LinkedHashMap::new))
                .values().stream()
                .sorted(Comparator.comparing((AppraisalRow row) -> String.valueOf(row.appraiseeName()))
                        .thenComparing(AppraisalRow::academicYear))
                .forEach(row -> {
                    AppraisalStepsRow stepsOf = steps.get(row.appraisalId());
                    Stage stage = stageOf(row, stepsOf);
                    LocalDate by = stepsOf == null ? null : NextSteps.deadlineOf(stepsOf, stage);
                    groups.computeIfAbsent(stage, none -> new ArrayList<>()).add(new Appraisee(row.appraisalId(),
                            row.appraiseeName() == null ? "A new member of staff" : row.appraiseeName(),
                            row.academicYear(), by == null ? null : new Deadline(by, today)));
                });
        return new ModelAndView("appraisal/appraisees")
                .addObject("groups", groups.entrySet().stream()
                        .map(group -> new Group(group.getKey(), group.getValue())).toList())
                .addObject("navigation", Navigation.of(viewer, Navigation.Section.APPRAISEES));
    }

    private Stream<AppraisalRow> appraisalsOf(StaffId appraiser, AcademicYear year, AppraisalStatus status) {
        return queries.page(new AppraiseesQuery(appraiser, year, status, AppraisalSort.NAME, 0, ALL), AppraisalRow.class)
                .rows().stream();
    }

    private static Stage stageOf(AppraisalRow appraisal, AppraisalStepsRow steps) {
        return switch (appraisal.status()) {
            case "COMPLETED" -> Stage.COMPLETED;
            case "TERMINATED" -> Stage.TERMINATED;
            default -> steps == null ? Stage.UNDER_WAY : NextSteps.stageOf(steps);
        };
    }
}
