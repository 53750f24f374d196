package dev.heartwood.web.learning;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Permissions;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.learning.api.ApproveCpdActivity;
import dev.heartwood.reporting.api.CpdActivityQuery;
import dev.heartwood.reporting.api.CpdActivityRow;
import dev.heartwood.reporting.api.CpdActivityView;
import dev.heartwood.reporting.api.CpdRequestSort;
import dev.heartwood.reporting.api.PendingCpdRequestsQuery;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.SchoolQuery;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.reporting.api.StaffMemberQuery;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.reporting.api.TrustSchoolsQuery;
import dev.heartwood.web.FormProblem;
import dev.heartwood.web.FormProblem.FieldError;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import dev.heartwood.web.ReadYourWrites;
import dev.heartwood.web.SeeOther;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.heartwood.learning.api.CpdErrorCode.DATE_IN_THE_FUTURE;
import static dev.heartwood.learning.api.CpdErrorCode.DATE_OUT_OF_ORDER;

/**
 * Learning to approve: the requests awaiting a decision at each school the reader leads, the longest waiting first,
 * with what each costs, the cover it needs and the difference it is meant to make; each approved or declined with
 * its reason, or several approved at once. The same people decide here as through the API: the school's
 * headteacher and senior leaders and its trust's leaders, never on their own learning.
 */
@Controller
class ApprovalsController {

    /**
     * The requests a leader decides on in one sitting, the longest waiting; the page says how many more wait, and
     * they come up as these are decided. Each carries its own decision form, so a longer page is slow to draw and
     * to read.
     */
    static final int QUEUE_SIZE = 20;
    /** More schools than a trust has. */
    private static final int SCHOOLS = 1000;

    private final CommandGateway commands;
    private final Queries queries;
    private final Permissions permissions;
    private final Clock clock;

    ApprovalsController(CommandGateway commands, Queries queries, Permissions permissions, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.permissions = permissions;
        this.clock = clock;
    }

    /**
     * One school's requests awaiting the reader's decision.
     *
     * @param waiting how many there are in all, which may be more than those shown
     */
    record Queue(SchoolView school, List<CpdActivityRow> requests, long waiting) {
    }

    @Allowed(Audience.ANYONE)
    @GetMapping("/approvals")
    String queue(Viewer viewer, Model model) {
        return queuePage(model, viewer, null, new SeveralApprovalsForm(List.of(), today()), null);
    }

    @Allowed(Audience.SCHOOL_LEADER)
    @GetMapping("/approvals/{activityId}")
    String request(@PathVariable UUID activityId, Viewer viewer, Model model) {
        return requestPage(model, viewer, learning(activityId), DecisionForm.blank(today()), null);
    }

    @Allowed(Audience.SCHOOL_LEADER)
    @PostMapping("/approvals/{activityId}")
    ModelAndView decide(@PathVariable UUID activityId, @Valid @ModelAttribute("decision") DecisionForm form,
                        BindingResult answers, Viewer viewer, Model model, RedirectAttributes after) {
        CpdActivityView learning = learning(activityId);
        FormProblem problem = form.problem(answers);
        if (problem != null) {
            return new ModelAndView(requestPage(model, viewer, learning, form, problem));
        }
        try {
            commands.sendAndWait(form.command(new CpdActivityId(activityId)));
        } catch (DomainRuleViolation refused) {
            return new ModelAndView(requestPage(model, viewer, learning, form,
                    FormProblem.refusal(refused, DecisionForm.REFUSED_FIELDS.get(refused.getErrorCode()))));
        }
        String whose = nameOf(learning.staffId()) + "'s request for " + learning.title();
        after.addFlashAttribute("done", (form.decision() == DecisionForm.Decision.APPROVE ? "You approved "
                : "You declined ") + whose + afterTheQueueShows(learning.schoolId(), Set.of(activityId)));
        return SeeOther.to("/approvals");
    }

    @Allowed(Audience.SCHOOL_LEADER)
    @PostMapping("/approvals/schools/{schoolId}")
    ModelAndView approveSeveral(@PathVariable UUID schoolId,
                                @ModelAttribute("several") SeveralApprovalsForm form, Viewer viewer, Model model,
                                RedirectAttributes after) {
        List<UUID> chosen = form.chosen();
        if (chosen.isEmpty()) {
            return new ModelAndView(queuePage(model, viewer, schoolId, form, new FormProblem(
                    "No requests were chosen", List.of(new FieldError("activityIds",
                    "Select the requests you want to approve")))));
        }
        Map<UUID, CpdActivityRow> waiting = pending(schoolId).rows().stream()
                .collect(Collectors.toMap(CpdActivityRow::activityId, Function.identity()));
        List<CpdActivityRow> approved = new ArrayList<>();
        List<FieldError> refusals = new ArrayList<>();
        for (UUID activityId : chosen) {
            CpdActivityRow request = waiting.get(activityId);
            if (request == null || !permissions.allows(activityId, Audience.SCHOOL_LEADER)) {
                refusals.add(new FieldError("activityIds", "A request you chose is no longer waiting for your"
                        + " decision"));
                continue;
            }
            try {
                commands.sendAndWait(new ApproveCpdActivity(
                        new CpdActivityId(activityId), form.on()));
                approved.add(request);
            } catch (DomainRuleViolation refused) {
                boolean aboutTheDay = refused.getErrorCode() == DATE_IN_THE_FUTURE
                        || refused.getErrorCode() == DATE_OUT_OF_ORDER;
                refusals.add(new FieldError(aboutTheDay ? "on" : "activityIds", request.staffName() + "'s request for "
                        + request.title() + " was not approved: " + refused.getMessage()));
            }
        }
        String done = approved.isEmpty() ? null : "You approved " + approved.size()
                + (approved.size() == 1 ? " request" : " requests") + afterTheQueueShows(schoolId,
                approved.stream().map(CpdActivityRow::activityId).collect(Collectors.toSet()));
        if (!refusals.isEmpty()) {
            model.addAttribute("done", done);
            return new ModelAndView(queuePage(model, viewer, schoolId, form,
                    new FormProblem("Not every request was approved", refusals)));
        }
        after.addFlashAttribute("done", done);
        return SeeOther.to("/approvals");
    }

    /**
     * Waits, briefly, until the school's queue no longer shows the requests decided on; says so when it still does.
     */
    private String afterTheQueueShows(UUID schoolId, Set<UUID> decided) {
        boolean shown = ReadYourWrites.until(() -> pending(schoolId), page -> page.rows().stream()
                .noneMatch(request -> decided.contains(request.activityId()))).showsTheChange();
        return shown ? "" : ". It is saved, and will leave the list below shortly";
    }

    private String queuePage(Model model, Viewer viewer, UUID refusedSchool, SeveralApprovalsForm several,
                             FormProblem problem) {
        List<Queue> queues = queues(viewer);
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.APPROVALS));
        model.addAttribute("queues", queues);
        // the one school's form whose fields have their own names as ids, for the error summary's links
        model.addAttribute("namedFieldsOf", refusedSchool != null ? refusedSchool
                : queues.isEmpty() ? null : queues.get(0).school().schoolId());
        model.addAttribute("several", several);
        model.addAttribute("blankDecision", DecisionForm.blank(today()));
        model.addAttribute("today", today());
        model.addAttribute("problem", problem);
        return "learning/approvals";
    }

    private String requestPage(Model model, Viewer viewer, CpdActivityView learning, DecisionForm form,
                               FormProblem problem) {
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.APPROVALS));
        model.addAttribute("learning", learning);
        model.addAttribute("staffName", nameOf(learning.staffId()));
        model.addAttribute("decision", form);
        model.addAttribute("problem", problem);
        return "learning/approval";
    }

    /** The queue of each school the reader leads, by the school's name; refused when they lead none. */
    private List<Queue> queues(Viewer viewer) {
        Set<UUID> own = viewer.staffRecords().stream().map(Viewer.StaffRecord::staffId).collect(Collectors.toSet());
        List<Queue> queues = ledSchools(viewer).stream()
                .sorted(Comparator.comparing(SchoolView::name))
                .map(school -> {
                    ReportPage<CpdActivityRow> waiting = pending(school.schoolId());
                    // no one decides on their own learning
                    List<CpdActivityRow> theirs = waiting.rows().stream()
                            .filter(request -> !own.contains(request.staffId())).toList();
                    return new Queue(school, theirs, waiting.total() - (waiting.rows().size() - theirs.size()));
                })
                .toList();
        if (queues.isEmpty()) {
            throw new DomainRuleViolation(LearningPageRefusal.NO_SCHOOL_LED,
                    "Only a school's leaders decide on its requests for learning");
        }
        return queues;
    }

    /** The schools whose requests the reader may decide on, as the API's approval endpoint would admit them. */
    private List<SchoolView> ledSchools(Viewer viewer) {
        Set<UUID> schools = new LinkedHashSet<>();
        List<SchoolView> ofTrusts = new ArrayList<>();
        viewer.staffRecords().forEach(record -> schools.add(record.schoolId()));
        viewer.grants().forEach(grant -> {
            if (grant.trustId() != null) {
                ReportPage<SchoolView> trust = queries.page(new TrustSchoolsQuery(new TrustId(grant.trustId()), null,
                        0, SCHOOLS), SchoolView.class);
                ofTrusts.addAll(trust.rows());
            } else if (grant.schoolId() != null) {
                schools.add(grant.schoolId());
            }
        });
        Map<UUID, SchoolView> found = ofTrusts.stream()
                .collect(Collectors.toMap(SchoolView::schoolId, Function.identity(), (one, same) -> one));
        schools.addAll(found.keySet());
        return schools.stream()
                .filter(schoolId -> permissions.allows(schoolId, Audience.SCHOOL_LEADER))
                .map(schoolId -> found.containsKey(schoolId) ? found.get(schoolId)
                        : queries.one(new SchoolQuery(new SchoolId(schoolId)), SchoolView.class).orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }

    private ReportPage<CpdActivityRow> pending(UUID schoolId) {
        return queries.page(new PendingCpdRequestsQuery(new SchoolId(schoolId), CpdRequestSort.REQUESTED_ON, 0,
                QUEUE_SIZE), CpdActivityRow.class);
    }

    private CpdActivityView learning(UUID activityId) {
        return queries.one(new CpdActivityQuery(new CpdActivityId(activityId)), CpdActivityView.class)
                .orElseThrow(() -> new DomainRuleViolation(LearningPageRefusal.LEARNING_NOT_FOUND,
                        "No learning " + activityId + " is known"));
    }

    private String nameOf(UUID staffId) {
        return queries.one(new StaffMemberQuery(new StaffId(staffId)), StaffMemberView.class)
                .map(StaffMemberView::name).orElse("A member of staff");
    }

    private LocalDate today() {
        return SchoolTime.today(clock);
    }
}
