package dev.heartwood.web.staff;

import dev.heartwood.appraisal.api.AssignLineManager;
import dev.heartwood.appraisal.api.AssignStaffRole;
import dev.heartwood.appraisal.api.ChangeStaffCategory;
import dev.heartwood.appraisal.api.ChangeStaffDetails;
import dev.heartwood.appraisal.api.ChangeStaffFte;
import dev.heartwood.appraisal.api.RecordStaffLeaving;
import dev.heartwood.appraisal.api.RemoveStaffRole;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ErrorCode;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.web.DateInput;
import dev.heartwood.web.FormProblem;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.ReadYourWrites;
import dev.heartwood.web.SeeOther;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The forms that change a person's record, for the school's leaders and HR (the API's rule: no one passes it on their
 * own record). Each sends the API's command as the reader; a refused one is shown again with the refusal beside its
 * field, and an accepted one returns to the record once it shows the change, with a banner saying what was done.
 */
@Controller
@RequestMapping("/staff/{staffId}")
class StaffChangePages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final StaffDirectory directory;
    private final CommandGateway commands;
    private final StaffWords words;
    private final Clock clock;

    StaffChangePages(StaffDirectory directory, CommandGateway commands, StaffWords words, Clock clock) {
        this.directory = directory;
        this.commands = commands;
        this.words = words;
        this.clock = clock;
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/details")
    ModelAndView details(@PathVariable UUID staffId, Viewer viewer) {
        StaffMemberView person = directory.person(staffId);
        return form(StaffChange.DETAILS, person, new StaffForms.Details(person.name(), person.email()), null, viewer);
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PostMapping("/details")
    ModelAndView details(@PathVariable UUID staffId, @Valid @ModelAttribute("form") StaffForms.Details form,
                         BindingResult fields, Viewer viewer, RedirectAttributes flash) {
        String name = form.name() == null ? null : form.name().strip();
        String email = form.email() == null ? null : form.email().strip();
        return send(StaffChange.DETAILS, staffId, form, fields, viewer, flash,
                List.of(() -> new ChangeStaffDetails(new StaffId(staffId), PersonalText.of(name),
                        PersonalText.of(email))),
                person -> person.name().equals(name) && person.email().equals(email),
                () -> "Name and e-mail address saved");
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/category")
    ModelAndView category(@PathVariable UUID staffId, Viewer viewer) {
        StaffMemberView person = directory.person(staffId);
        return form(StaffChange.CATEGORY, person, new StaffForms.Category(StaffCategory.valueOf(person.category()),
                today()), null, viewer);
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PostMapping("/category")
    ModelAndView category(@PathVariable UUID staffId, @Valid @ModelAttribute("form") StaffForms.Category form,
                          BindingResult fields, Viewer viewer, RedirectAttributes flash) {
        return send(StaffChange.CATEGORY, staffId, form, fields, viewer, flash,
                List.of(() -> new ChangeStaffCategory(new StaffId(staffId), form.category(), form.from().toDate())),
                person -> person.category().equals(form.category().name()),
                () -> "Category changed to " + words.category(form.category()) + " from " + day(form.from()));
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/fte")
    ModelAndView fte(@PathVariable UUID staffId, Viewer viewer) {
        StaffMemberView person = directory.person(staffId);
        return form(StaffChange.FTE, person, new StaffForms.Fte(person.fte().stripTrailingZeros().toPlainString(),
                today()), null, viewer);
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PostMapping("/fte")
    ModelAndView fte(@PathVariable UUID staffId, @Valid @ModelAttribute("form") StaffForms.Fte form,
                     BindingResult fields, Viewer viewer, RedirectAttributes flash) {
        return send(StaffChange.FTE, staffId, form, fields, viewer, flash,
                List.of(() -> new ChangeStaffFte(new StaffId(staffId), form.value(), form.from().toDate())),
                person -> person.fte().compareTo(form.value()) == 0,
                () -> "Full-time equivalent changed to " + form.value().toPlainString() + " from " + day(form.from()));
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/roles")
    ModelAndView roles(@PathVariable UUID staffId, Viewer viewer) {
        StaffMemberView person = directory.person(staffId);
        return form(StaffChange.ROLES, person, new StaffForms.Roles(rolesOf(person), today()), null, viewer);
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PostMapping("/roles")
    ModelAndView roles(@PathVariable UUID staffId, @Valid @ModelAttribute("form") StaffForms.Roles form,
                       BindingResult fields, Viewer viewer, RedirectAttributes flash) {
        // what the person holds now decides which commands the ticks mean; each states how things stand from the day
        Set<StaffRole> held = fields.hasErrors() ? Set.of() : rolesOf(directory.person(staffId));
        List<CommandOf> changes = EnumSet.allOf(StaffRole.class).stream()
                .filter(role -> form.roles().contains(role) != held.contains(role))
                .<CommandOf>map(role -> () -> form.roles().contains(role)
                        ? new AssignStaffRole(new StaffId(staffId), role, form.from().toDate())
                        : new RemoveStaffRole(new StaffId(staffId), role, form.from().toDate()))
                .toList();
        return send(StaffChange.ROLES, staffId, form, fields, viewer, flash, changes,
                person -> rolesOf(person).equals(form.roles()),
                () -> changes.isEmpty() ? "The roles were already as you ticked them; nothing was changed"
                        : "Roles changed from " + day(form.from()));
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/line-manager")
    ModelAndView lineManager(@PathVariable UUID staffId, Viewer viewer) {
        StaffMemberView person = directory.person(staffId);
        return form(StaffChange.LINE_MANAGER, person, new StaffForms.LineManager(person.lineManagerId(), today()),
                null, viewer);
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PostMapping("/line-manager")
    ModelAndView lineManager(@PathVariable UUID staffId, @Valid @ModelAttribute("form") StaffForms.LineManager form,
                             BindingResult fields, Viewer viewer, RedirectAttributes flash) {
        return send(StaffChange.LINE_MANAGER, staffId, form, fields, viewer, flash,
                List.of(() -> new AssignLineManager(new StaffId(staffId), new StaffId(form.lineManagerId()),
                        form.from().toDate())),
                person -> form.lineManagerId().equals(person.lineManagerId()),
                () -> "Line manager changed to " + directory.person(form.lineManagerId()).name() + " from "
                        + day(form.from()));
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/leaving")
    ModelAndView leaving(@PathVariable UUID staffId, Viewer viewer) {
        return form(StaffChange.LEAVING, directory.person(staffId), new StaffForms.Leaving(null), null, viewer);
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PostMapping("/leaving")
    ModelAndView leaving(@PathVariable UUID staffId, @Valid @ModelAttribute("form") StaffForms.Leaving form,
                         BindingResult fields, Viewer viewer, RedirectAttributes flash) {
        return send(StaffChange.LEAVING, staffId, form, fields, viewer, flash,
                List.of(() -> new RecordStaffLeaving(new StaffId(staffId), form.leaveDate().toDate())),
                person -> form.leaveDate().toDate().equals(person.leftOn()),
                () -> "Leaving recorded: their last day is " + day(form.leaveDate()));
    }

    /** A command, made once the form is known to be valid. */
    private interface CommandOf {
        Object command();
    }

    /** What the banner on the record says was done, once it was. */
    private interface Done {
        String message();
    }

    private ModelAndView send(StaffChange change, UUID staffId, Object form, BindingResult fields, Viewer viewer,
                              RedirectAttributes flash, List<CommandOf> commandsToSend,
                              Predicate<StaffMemberView> showsTheChange, Done done) {
        if (fields.hasErrors()) {
            return form(change, directory.person(staffId), form, FormProblem.invalid(fields), viewer);
        }
        try {
            commandsToSend.forEach(command -> commands.sendAndWait(command.command()));
        } catch (DomainRuleViolation refused) {
            String field = change.fieldOf(refused.getErrorCode());
            if (field == null && refused.getErrorCode().category() != ErrorCode.Category.CONFLICT) {
                throw refused; // not the form's to put right: the error page
            }
            return form(change, directory.person(staffId), form, FormProblem.refusal(refused, field), viewer);
        }
        boolean shown = ReadYourWrites.until(() -> directory.person(staffId), showsTheChange).showsTheChange();
        flash.addFlashAttribute("done", done.message());
        flash.addFlashAttribute("showsTheChange", shown);
        return SeeOther.to("/staff/" + staffId);
    }

    private ModelAndView form(StaffChange change, StaffMemberView person, Object form, FormProblem problem,
                              Viewer viewer) {
        ModelAndView page = new ModelAndView("staff/change");
        page.addObject("navigation", Navigation.of(viewer, Navigation.Section.STAFF));
        page.addObject("change", change);
        page.addObject("person", person);
        page.addObject("form", form);
        page.addObject("problem", problem);
        if (change == StaffChange.LINE_MANAGER) {
            page.addObject("colleagues", directory.currentStaff(person.schoolId()).stream()
                    .filter(colleague -> !colleague.staffId().equals(person.staffId()))
                    .toList());
        }
        return page;
    }

    private DateInput today() {
        return DateInput.of(SchoolTime.today(clock));
    }

    private static String day(DateInput date) {
        return DAY.format(date.toDate());
    }

    private static Set<StaffRole> rolesOf(StaffMemberView person) {
        return person.roles().stream().map(StaffRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffRole.class)));
    }
}
