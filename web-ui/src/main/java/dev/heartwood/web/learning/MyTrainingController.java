package dev.heartwood.web.learning;

import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.StaffMemberQuery;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.reporting.api.StaffTrainingCompletionsQuery;
import dev.heartwood.reporting.api.StaffTrainingQuery;
import dev.heartwood.reporting.api.StaffTrainingView;
import dev.heartwood.reporting.api.TrainingCompletionRow;
import dev.heartwood.reporting.api.TrainingCompletionSort;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_NOT_FOUND;

/**
 * My training: where the reader stands today against each requirement that applies to them (the status said in
 * words, the due date, the expiry, the last completion and its certificate), and every completion on their record.
 * A school's leaders and HR read anyone's the same way, as the API's training lets them, from the compliance matrix.
 */
@Controller
class MyTrainingController {

    /** Completions over a few years fit on a page; the rest is a page further on. */
    static final int PAGE_SIZE = 50;

    private final Queries queries;
    private final Clock clock;

    MyTrainingController(Queries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Allowed(Audience.ANYONE)
    @GetMapping("/training")
    String training(Viewer viewer, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.TRAINING));
        model.addAttribute("whose", null);
        model.addAttribute("heading", "My training");
        model.addAttribute("path", "/training");
        return training(new StaffId(OwnRecord.of(viewer).staffId()), page, model);
    }

    @Allowed({Audience.SELF, Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/staff/{staffId}/training")
    String someonesTraining(@PathVariable UUID staffId, Viewer viewer, @RequestParam(defaultValue = "0") int page,
                            Model model) {
        StaffId person = new StaffId(staffId);
        String name = queries.one(new StaffMemberQuery(person), StaffMemberView.class, STAFF_MEMBER_NOT_FOUND).name();
        model.addAttribute("whose", name);
        model.addAttribute("heading", name + "'s training");
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.STAFF));
        model.addAttribute("path", "/staff/" + staffId + "/training");
        return training(person, page, model);
    }

    private String training(StaffId person, int page, Model model) {
        LocalDate today = SchoolTime.today(clock);
        ReportPage<TrainingCompletionRow> completions = queries.page(new StaffTrainingCompletionsQuery(person, null,
                TrainingCompletionSort.DATE, Math.max(page, 0), PAGE_SIZE), TrainingCompletionRow.class);
        model.addAttribute("today", today);
        model.addAttribute("requirements", queries.one(new StaffTrainingQuery(person, today), StaffTrainingView.class)
                .map(StaffTrainingView::requirements).orElse(List.of()));
        model.addAttribute("completions", completions);
        model.addAttribute("paging", Paging.of(completions));
        return "learning/training";
    }
}
