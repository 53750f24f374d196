package dev.heartwood.web.home;

import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Permissions;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.learning.api.ComplianceStatus;
import dev.heartwood.reporting.api.AppraisalStepsQuery;
import dev.heartwood.reporting.api.AppraisalStepsRow;
import dev.heartwood.reporting.api.CpdActivityRow;
import dev.heartwood.reporting.api.CpdRequestSort;
import dev.heartwood.reporting.api.LearningToEvaluateQuery;
import dev.heartwood.reporting.api.LearningToEvaluateRow;
import dev.heartwood.reporting.api.PendingCpdRequestsQuery;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.StaffTrainingQuery;
import dev.heartwood.reporting.api.StaffTrainingView;
import dev.heartwood.reporting.api.TrainingStandingView;
import dev.heartwood.web.Deadline;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import dev.heartwood.web.appraisal.NextSteps;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Home: what needs the reader, each with its date and a link to where it is done. Their own appraisal's steps and
 * their appraisees', learning to decide on (for those who approve it) and their own to reflect on or evaluate, and
 * training that is overdue, expired or due soon. An administrator, who holds no staff record, is told what they can
 * do instead; a person with nothing due is told so.
 */
@Controller
class HomePage {

    /** The requests awaiting a decision shown for each school; the approvals page has them all. */
    private static final int REQUESTS_SHOWN = 5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Set<ComplianceStatus> TRAINING_DUE = Set.of(ComplianceStatus.OVERDUE,
            ComplianceStatus.EXPIRED, ComplianceStatus.DUE_SOON);

    private final Queries queries;
    private final Permissions permissions;
    private final Clock clock;

    HomePage(Queries queries, Permissions permissions, Clock clock) {
        this.queries = queries;
        this.permissions = permissions;
        this.clock = clock;
    }

    /**
     * Something for the reader to do.
     *
     * @param deadline when it is due by, if it has a day
     * @param hint     more about it, such as who asked or when it happened
     */
    public record Task(String what, String href, @Nullable Deadline deadline, @Nullable String hint) {
    }

    /** The tasks of one kind; {@code more} counts those of the kind not listed. */
    public record Section(String heading, List<Task> tasks, long more, String moreHref) {
    }

    @GetMapping("/")
    @Allowed(Audience.ANYONE)
    ModelAndView home(Viewer viewer) {
        LocalDate today = SchoolTime.today(clock);
        List<AppraisalStepsRow> appraisals = appraisalsUnderWay(viewer);
        List<Section> sections = Stream.of(appraisal(appraisals, viewer, today, true),
                        appraisal(appraisals, viewer, today, false), approvals(viewer), learning(viewer),
                        training(viewer, today))
                .flatMap(List::stream)
                .filter(section -> !section.tasks().isEmpty())
                .toList();
        return new ModelAndView("home")
                .addObject("sections", sections)
                .addObject("administrator", viewer.administrator())
                .addObject("navigation", Navigation.of(viewer, Navigation.Section.HOME));
    }

    /** The appraisals under way that the reader is the appraisee or the appraiser of. */
    private List<AppraisalStepsRow> appraisalsUnderWay(Viewer viewer) {
        Map<UUID, AppraisalStepsRow> rows = new LinkedHashMap<>();
        selves(viewer).forEach(self -> queries.list(new AppraisalStepsQuery(new StaffId(self)),
                AppraisalStepsRow.class).forEach(row -> rows.putIfAbsent(row.appraisalId(), row)));
        return List.copyOf(rows.values());
    }

    /** The reader's steps in the appraisals they are the appraisee of, or the appraiser of. */
    private static List<Section> appraisal(List<AppraisalStepsRow> appraisals, Viewer viewer, LocalDate today,
                                           boolean asAppraisee) {
        Set<UUID> selves = selves(viewer);
        List<Task> tasks = appraisals.stream()
                .filter(row -> selves.contains(asAppraisee ? row.appraiseeId() : row.appraiserId()))
                .flatMap(row -> NextSteps.forReader(row, asAppraisee ? row.appraiseeId()::equals
                        : row.appraiserId()::equals).stream())
                .map(step -> new Task(step.what(), step.href(),
                        step.by() == null ? null : new Deadline(step.by(), today), null))
                .toList();
        return List.of(new Section(asAppraisee ? "Your appraisal" : "Your appraisees", tasks, 0, "/appraisees"));
    }

    /** The requests for learning awaiting a decision at each school where the reader approves learning. */
    private List<Section> approvals(Viewer viewer) {
        Set<UUID> schools = new LinkedHashSet<>();
        viewer.staffRecords().forEach(self -> schools.add(self.schoolId()));
        viewer.grants().forEach(grant -> schools.add(grant.schoolId()));
        List<Section> sections = new ArrayList<>();
        for (UUID school : schools) {
            if (!permissions.allows(school, Audience.SCHOOL_LEADER)) {
                continue;
            }
            ReportPage<CpdActivityRow> pending = queries.page(new PendingCpdRequestsQuery(new SchoolId(school),
                    CpdRequestSort.REQUESTED_ON, 0, REQUESTS_SHOWN), CpdActivityRow.class);
            sections.add(new Section("Learning to approve", pending.rows().stream()
                    .map(request -> new Task("Decide on " + (request.staffName() == null ? "a request"
                            : request.staffName() + "'s request") + ": " + request.title(), "/approvals", null,
                            request.requestedOn() == null ? null : "Asked for on " + DAY.format(request.requestedOn())))
                    .toList(), pending.total() - pending.rows().size(), "/approvals"));
        }
        return sections;
    }

    /** The reader's completed learning still waiting for their reflection or for its impact to be evaluated. */
    private List<Section> learning(Viewer viewer) {
        List<Task> tasks = selves(viewer).stream()
                .flatMap(self -> queries.list(new LearningToEvaluateQuery(new StaffId(self)),
                        LearningToEvaluateRow.class).stream())
                .map(learning -> new Task((learning.reflectedOn() == null ? "Reflect on " : "Evaluate the impact of ")
                        + learning.title(), "/learning", null, "Completed on " + DAY.format(learning.completedOn())))
                .toList();
        return List.of(new Section("Your learning", tasks, 0, "/learning"));
    }

    /** The reader's mandatory training that is overdue, expired, or due within its warning period. */
    private List<Section> training(Viewer viewer, LocalDate today) {
        List<Task> tasks = selves(viewer).stream()
                .flatMap(self -> queries.one(new StaffTrainingQuery(new StaffId(self), today), StaffTrainingView.class)
                        .stream())
                .flatMap(training -> training.requirements().stream())
                .filter(requirement -> TRAINING_DUE.contains(requirement.status()))
                .map(requirement -> new Task(trainingTask(requirement), "/training", deadline(requirement, today),
                        null))
                .toList();
        return List.of(new Section("Your training", tasks, 0, "/training"));
    }

    private static String trainingTask(TrainingStandingView requirement) {
        return (requirement.lastCompletedOn() == null ? "Complete " : "Renew ") + requirement.title();
    }

    private static Deadline deadline(TrainingStandingView requirement, LocalDate today) {
        LocalDate by = requirement.dueOn() != null ? requirement.dueOn() : requirement.expiresOn();
        return by == null ? null : new Deadline(by, today);
    }

    private static Set<UUID> selves(Viewer viewer) {
        Set<UUID> selves = new LinkedHashSet<>();
        viewer.staffRecords().forEach(self -> selves.add(self.staffId()));
        return selves;
    }
}
