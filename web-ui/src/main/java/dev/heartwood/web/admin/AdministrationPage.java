package dev.heartwood.web.admin;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.admin.EvictParkedSequence;
import dev.heartwood.reporting.api.admin.ParkedEvents;
import dev.heartwood.reporting.api.admin.ParkedEventsQuery;
import dev.heartwood.reporting.api.admin.ProcessorStatus;
import dev.heartwood.reporting.api.admin.ProcessorsQuery;
import dev.heartwood.reporting.api.admin.RebuildReadModel;
import dev.heartwood.reporting.api.admin.Retried;
import dev.heartwood.reporting.api.admin.RetryParkedSequence;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import dev.heartwood.web.SeeOther;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * Administration, for administrators: where each event processor stands, a read model rebuilt with its progress, and
 * the events the processors have parked, each sequence tried again or given up. The same rule and the same work as
 * the administration endpoints, through the messages the application answers.
 */
@Controller
class AdministrationPage {

    private final Queries queries;
    private final CommandGateway commands;

    AdministrationPage(Queries queries, CommandGateway commands) {
        this.queries = queries;
        this.commands = commands;
    }

    /**
     * A refusal, shown beside the action it answers.
     *
     * @param action the processor's name for a rebuild, or the parked sequence's identifier
     */
    record Refusal(String action, String reason) {
    }

    @Allowed({})
    @GetMapping("/administration")
    String administration(Viewer viewer, Model model) {
        return page(viewer, model, null);
    }

    @Allowed({})
    @PostMapping("/administration/processors/{name}/rebuild")
    ModelAndView rebuild(@PathVariable String name, Viewer viewer, Model model, RedirectAttributes after) {
        try {
            commands.sendAndWait(new RebuildReadModel(name));
        } catch (DomainRuleViolation refused) {
            return new ModelAndView(page(viewer, model, new Refusal(name, refused.getMessage())));
        }
        after.addFlashAttribute("done", "Rebuilding " + name);
        return SeeOther.to("/administration");
    }

    @Allowed({})
    @PostMapping("/administration/processors/{name}/dead-letters/{sequenceId}/retry")
    ModelAndView retry(@PathVariable String name, @PathVariable String sequenceId, Viewer viewer, Model model,
                       RedirectAttributes after) {
        Retried retried;
        try {
            retried = commands.sendAndWait(new RetryParkedSequence(name, sequenceId));
        } catch (DomainRuleViolation refused) {
            return new ModelAndView(page(viewer, model, new Refusal(sequenceId, refused.getMessage())));
        }
        if (!retried.stillParked().isEmpty()) {
            return new ModelAndView(page(viewer, model, new Refusal(sequenceId,
                    "It failed again and stays parked: mend the fault first")));
        }
        after.addFlashAttribute("done", "Applied the parked events of " + sequenceId + " to " + name);
        return SeeOther.to("/administration");
    }

    @Allowed({})
    @PostMapping("/administration/processors/{name}/dead-letters/{sequenceId}/evict")
    ModelAndView evict(@PathVariable String name, @PathVariable String sequenceId, Viewer viewer, Model model,
                       RedirectAttributes after) {
        try {
            commands.sendAndWait(new EvictParkedSequence(name, sequenceId));
        } catch (DomainRuleViolation refused) {
            return new ModelAndView(page(viewer, model, new Refusal(sequenceId, refused.getMessage())));
        }
        after.addFlashAttribute("done", "Gave up the parked events of " + sequenceId + " in " + name
                + ": a rebuild of its read model applies them again");
        return SeeOther.to("/administration");
    }

    private String page(Viewer viewer, Model model, Refusal refusal) {
        List<ProcessorStatus> processors = queries.list(new ProcessorsQuery(), ProcessorStatus.class);
        List<ParkedEvents> parked = queries.list(new ParkedEventsQuery(), ParkedEvents.class).stream()
                .filter(events -> events.sequences() > 0).toList();
        model.addAttribute("navigation", Navigation.of(viewer, Navigation.Section.ADMINISTRATION));
        model.addAttribute("processors", processors);
        boolean rebuilding = processors.stream().anyMatch(ProcessorStatus::replaying);
        model.addAttribute("rebuilding", rebuilding);
        // after a rebuild the live processor starts again from the rebuild's position: followed until it is there
        model.addAttribute("following", rebuilding || processors.stream().anyMatch(AdministrationPage::catchingUp));
        model.addAttribute("parked", parked);
        model.addAttribute("refusal", refusal);
        return "admin/administration";
    }

    private static boolean catchingUp(ProcessorStatus processor) {
        return processor.running() && !processor.failing() && processor.behind() > 0;
    }
}
