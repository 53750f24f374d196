package dev.heartwood.web.cycle;

import dev.heartwood.appraisal.api.BulkAppraisals;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Permissions;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.AppraisalRow;
import dev.heartwood.reporting.api.CycleView;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.ReadYourWrites;
import dev.heartwood.web.SeeOther;
import dev.heartwood.web.report.AsOf;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/**
 * A cycle, for its school's leaders and HR: its deadlines and pay policy and its appraisals, each a link for those who
 * may read it; and for its leaders the button that opens every eligible person's appraisal in one step, sent to the
 * API's bulk opening, after which the page says how many were opened and who was not eligible, and why.
 */
@Controller
class CyclePage {

    private final CycleRecords records;
    private final BulkAppraisals bulk;
    private final Permissions permissions;

    CyclePage(CycleRecords records, BulkAppraisals bulk, Permissions permissions) {
        this.records = records;
        this.bulk = bulk;
        this.permissions = permissions;
    }

    /** The cycle, and after a bulk opening what it did ({@code opening}, a {@link BulkOutcome} kept once). */
    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/cycles/{cycleId}")
    ModelAndView cycle(@PathVariable UUID cycleId, Viewer viewer) {
        CycleView cycle = records.cycle(cycleId);
        ReportPage<AppraisalRow> appraisals = records.appraisals(cycleId, null, null);
        return new ModelAndView("cycle/cycle")
                .addObject("navigation", Navigation.of(viewer, Navigation.Section.DASHBOARD))
                .addObject("school", records.school(cycle.schoolId()))
                .addObject("cycle", cycle)
                .addObject("appraisals", appraisals.rows())
                .addObject("asOf", AsOf.of(appraisals.freshness()))
                .addObject("leads", permissions.allows(cycle.schoolId(), Audience.SCHOOL_LEADER))
                .addObject("batchId", UUID.randomUUID());
    }

    /**
     * @param batchId made when the page was shown, so that pressing the button twice is one batch (opening is done
     *                once for each person however often it is sent)
     */
    @Allowed(Audience.SCHOOL_LEADER)
    @PostMapping("/cycles/{cycleId}/appraisals")
    ModelAndView openAll(@PathVariable UUID cycleId, @RequestParam(required = false) UUID batchId,
                         RedirectAttributes flash) {
        CycleView before = records.cycle(cycleId);
        BulkAppraisals.OpeningReport report = bulk.openAppraisals(new CycleId(cycleId),
                batchId != null ? batchId : UUID.randomUUID());
        int opened = report.opened().size();
        boolean shown = ReadYourWrites.until(() -> records.appraisals(cycleId, null, null).total(),
                total -> total >= before.appraisals() + opened).showsTheChange();
        flash.addFlashAttribute("opening", BulkOutcome.of("Appraisals opened for " + BulkOutcome.people(opened),
                report.ineligible(), records.names(before.schoolId())));
        flash.addFlashAttribute("showsTheChange", shown);
        return SeeOther.to("/cycles/" + cycleId);
    }
}
