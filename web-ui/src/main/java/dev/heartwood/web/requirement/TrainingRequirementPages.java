package dev.heartwood.web.requirement;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ErrorCode;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import dev.heartwood.kernel.web.Permissions;
import dev.heartwood.kernel.web.Viewer;
import dev.heartwood.learning.api.AdoptStandardTrainingSet;
import dev.heartwood.learning.api.AdoptedRequirement;
import dev.heartwood.learning.api.AmendTrainingRequirement;
import dev.heartwood.learning.api.DefineTrainingRequirement;
import dev.heartwood.learning.api.EnglishStatutorySet;
import dev.heartwood.learning.api.RequirementTerms;
import dev.heartwood.learning.api.TrainingErrorCode;
import dev.heartwood.learning.api.WithdrawTrainingRequirement;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.TrainingRequirementQuery;
import dev.heartwood.reporting.api.TrainingRequirementRow;
import dev.heartwood.reporting.api.TrainingRequirementsQuery;
import dev.heartwood.web.DateInput;
import dev.heartwood.web.FormProblem;
import dev.heartwood.web.Navigation;
import dev.heartwood.web.Queries;
import dev.heartwood.web.ReadYourWrites;
import dev.heartwood.web.SeeOther;
import dev.heartwood.web.report.AsOf;
import dev.heartwood.web.report.Covered;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The training a school or trust requires, for the readers the API lets define it: each requirement's terms in words,
 * the English statutory set to add in one step, and the forms that define a requirement, change its terms from a day
 * and withdraw it with a reason. Each form sends the API's command as the reader; a refused one is shown again with the refusal
 * beside its field, and an accepted one returns to the list once it shows the change.
 */
@Controller
class TrainingRequirementPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** The requirements' refusals that are about the day a form gives, shown beside it. */
    private static final Set<ErrorCode> ABOUT_THE_DAY = Set.of(TrainingErrorCode.CHANGE_BEFORE_CURRENT_VERSION);
    /** The field the requirement's warning period is refused beside. */
    private static final String WARNING_FIELD = "warningDays";

    private final Queries queries;
    private final CommandGateway commands;
    private final Permissions permissions;
    private final Clock clock;

    TrainingRequirementPages(Queries queries, CommandGateway commands, Permissions permissions, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** A requirement on the list, and whether the reader may change or withdraw it. */
    record Line(TrainingRequirementRow row, boolean changes) {
    }

    /** A requirement of the English statutory set, and whether the school or trust requires it already. */
    record StandardLine(RequirementTerms terms, boolean required) {
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/schools/{schoolId}/training-requirements")
    ModelAndView school(@PathVariable UUID schoolId, Viewer viewer) {
        return list(Covered.school(queries, schoolId), schoolId, new DayForm(today()), null, viewer);
    }

    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping("/trusts/{trustId}/training-requirements")
    ModelAndView trust(@PathVariable UUID trustId, Viewer viewer) {
        return list(Covered.trust(queries, trustId), trustId, new DayForm(today()), null, viewer);
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PostMapping("/schools/{schoolId}/training-requirements/standard-set")
    ModelAndView adoptForSchool(@PathVariable UUID schoolId, @Valid @ModelAttribute("adoption") DayForm form,
                                BindingResult fields, Viewer viewer, RedirectAttributes flash) {
        Covered school = Covered.school(queries, schoolId);
        return adopt(school, schoolId, form, fields, viewer, flash,
                () -> AdoptStandardTrainingSet.forSchool(new SchoolId(schoolId), form.on().toDate()));
    }

    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @PostMapping("/trusts/{trustId}/training-requirements/standard-set")
    ModelAndView adoptForTrust(@PathVariable UUID trustId, @Valid @ModelAttribute("adoption") DayForm form,
                               BindingResult fields, Viewer viewer, RedirectAttributes flash) {
        Covered trust = Covered.trust(queries, trustId);
        return adopt(trust, trustId, form, fields, viewer, flash,
                () -> AdoptStandardTrainingSet.forTrust(new TrustId(trustId), form.on().toDate()));
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/schools/{schoolId}/training-requirements/new")
    ModelAndView defineForSchool(@PathVariable UUID schoolId, Viewer viewer) {
        return form(Covered.school(queries, schoolId), null, RequirementForm.blank(today()), null, viewer);
    }

    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @GetMapping("/trusts/{trustId}/training-requirements/new")
    ModelAndView defineForTrust(@PathVariable UUID trustId, Viewer viewer) {
        return form(Covered.trust(queries, trustId), null, RequirementForm.blank(today()), null, viewer);
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PostMapping("/schools/{schoolId}/training-requirements")
    ModelAndView defineForSchool(@PathVariable UUID schoolId, @Valid @ModelAttribute("form") RequirementForm form,
                                 BindingResult fields, Viewer viewer, RedirectAttributes flash) {
        return define(Covered.school(queries, schoolId), form, fields, viewer, flash,
                terms -> new DefineTrainingRequirement(new RequirementId(form.requirementId()),
                        new SchoolId(schoolId), null, terms, form.from().toDate()));
    }

    @Allowed({Audience.TRUST_LEADER, Audience.HR})
    @PostMapping("/trusts/{trustId}/training-requirements")
    ModelAndView defineForTrust(@PathVariable UUID trustId, @Valid @ModelAttribute("form") RequirementForm form,
                                BindingResult fields, Viewer viewer, RedirectAttributes flash) {
        return define(Covered.trust(queries, trustId), form, fields, viewer, flash,
                terms -> new DefineTrainingRequirement(new RequirementId(form.requirementId()), null,
                        new TrustId(trustId), terms, form.from().toDate()));
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/training-requirements/{requirementId}")
    ModelAndView change(@PathVariable UUID requirementId, Viewer viewer) {
        TrainingRequirementRow requirement = requirement(requirementId);
        return form(owner(requirement), requirement,
                RequirementForm.of(requirementId, requirement.terms(), today()), null, viewer);
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PostMapping("/training-requirements/{requirementId}")
    ModelAndView change(@PathVariable UUID requirementId, @Valid @ModelAttribute("form") RequirementForm form,
                        BindingResult fields, Viewer viewer, RedirectAttributes flash) {
        TrainingRequirementRow requirement = requirement(requirementId);
        Covered owner = owner(requirement);
        checkAudience(form, fields);
        if (fields.hasErrors()) {
            return form(owner, requirement, form, FormProblem.invalid(fields), viewer);
        }
        RequirementTerms terms = form.terms();
        FormProblem refused = send(new AmendTrainingRequirement(new RequirementId(requirementId), terms,
                form.from().toDate()), "from");
        if (refused != null) {
            return form(owner, requirement, form, refused, viewer);
        }
        return done(owner, requirementId, row -> row.terms().equals(terms), flash,
                "“" + terms.title() + "” changed: its new terms apply from " + day(form.from()));
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @GetMapping("/training-requirements/{requirementId}/withdrawal")
    ModelAndView withdrawal(@PathVariable UUID requirementId, Viewer viewer) {
        TrainingRequirementRow requirement = requirement(requirementId);
        return withdrawal(requirement, new WithdrawalForm(today(), ""), null, viewer);
    }

    @Allowed({Audience.SCHOOL_LEADER, Audience.HR})
    @PostMapping("/training-requirements/{requirementId}/withdrawal")
    ModelAndView withdrawal(@PathVariable UUID requirementId, @Valid @ModelAttribute("form") WithdrawalForm form,
                            BindingResult fields, Viewer viewer, RedirectAttributes flash) {
        TrainingRequirementRow requirement = requirement(requirementId);
        if (fields.hasErrors()) {
            return withdrawal(requirement, form, FormProblem.invalid(fields), viewer);
        }
        LocalDate from = form.on().toDate();
        FormProblem refused = send(new WithdrawTrainingRequirement(new RequirementId(requirementId), from)
                .because(form.reason()), "on");
        if (refused != null) {
            return withdrawal(requirement, form, refused, viewer);
        }
        return done(owner(requirement), requirementId, row -> from.equals(row.withdrawnFrom()), flash,
                "“" + requirement.terms().title() + "” withdrawn: it no longer applies from " + day(form.on()));
    }

    private interface Definition {
        DefineTrainingRequirement of(RequirementTerms terms);
    }

    private interface Adoption {
        AdoptStandardTrainingSet command();
    }

    private ModelAndView define(Covered owner, RequirementForm form, BindingResult fields, Viewer viewer,
                                RedirectAttributes flash, Definition definition) {
        checkAudience(form, fields);
        if (fields.hasErrors()) {
            return form(owner, null, form, FormProblem.invalid(fields), viewer);
        }
        RequirementTerms terms = form.terms();
        FormProblem refused = send(definition.of(terms), "from");
        if (refused != null) {
            return form(owner, null, form, refused, viewer);
        }
        return done(owner, form.requirementId(), row -> true, flash,
                "“" + terms.title() + "” is required from " + day(form.from()));
    }

    private ModelAndView adopt(Covered owner, UUID ownerId, DayForm form, BindingResult fields, Viewer viewer,
                               RedirectAttributes flash, Adoption adoption) {
        if (fields.hasErrors()) {
            return list(owner, ownerId, form, FormProblem.invalid(fields), viewer);
        }
        List<AdoptedRequirement> adopted = commands.sendAndWait(adoption.command());
        Set<UUID> created = adopted.stream().filter(AdoptedRequirement::created)
                .map(AdoptedRequirement::requirementId).collect(Collectors.toSet());
        if (created.isEmpty()) {
            return list(owner, ownerId, form, new FormProblem("Nothing was added: every requirement of the English "
                    + "statutory set was added here before. Change or withdraw them one by one below.",
                    List.of()), viewer);
        }
        boolean shown = ReadYourWrites.until(() -> requirements(owner), page -> page.rows().stream()
                .map(TrainingRequirementRow::requirementId).collect(Collectors.toSet()).containsAll(created))
                .showsTheChange();
        int before = adopted.size() - created.size();
        flash.addFlashAttribute("done", "Added " + created.size() + " requirements of the English statutory set "
                + "from " + day(form.on()) + (before == 0 ? ""
                : "; the other " + before + " were required already and are left as they are"));
        flash.addFlashAttribute("showsTheChange", shown);
        return SeeOther.to(owner.trainingRequirements());
    }

    /**
     * Sends a command: {@code null} once accepted, or the refusal the form shows (beside {@code field}, its day, or
     * beside the warning period).
     */
    private FormProblem send(Object command, String field) {
        try {
            commands.sendAndWait(command);
            return null;
        } catch (DomainRuleViolation refused) {
            String about = ABOUT_THE_DAY.contains(refused.getErrorCode()) ? field
                    : refused.getErrorCode() == TrainingErrorCode.WARNING_PERIOD_INVALID ? WARNING_FIELD : null;
            if (about == null && refused.getErrorCode().category() != ErrorCode.Category.CONFLICT) {
                throw refused; // not the form's to put right: the error page
            }
            return FormProblem.refusal(refused, about);
        }
    }

    private ModelAndView done(Covered owner, UUID requirementId, Predicate<TrainingRequirementRow> showsTheChange,
                              RedirectAttributes flash, String message) {
        boolean shown = ReadYourWrites.until(() -> queries.one(new TrainingRequirementQuery(
                        new RequirementId(requirementId)), TrainingRequirementRow.class),
                row -> row.isPresent() && showsTheChange.test(row.get())).showsTheChange();
        flash.addFlashAttribute("done", message);
        flash.addFlashAttribute("showsTheChange", shown);
        return SeeOther.to(owner.trainingRequirements());
    }

    private static void checkAudience(RequirementForm form, BindingResult fields) {
        if (!fields.hasFieldErrors("audience") && form.trainingAudience().isEmpty()) {
            fields.rejectValue("audience", "Unknown", "Choose whom it applies to from the list");
        }
    }

    private ModelAndView list(Covered owner, UUID ownerId, DayForm adoption, FormProblem problem, Viewer viewer) {
        ReportPage<TrainingRequirementRow> requirements = requirements(owner);
        Set<UUID> required = requirements.rows().stream().map(TrainingRequirementRow::requirementId)
                .collect(Collectors.toSet());
        List<Line> lines = requirements.rows().stream()
                .map(row -> new Line(row, row.withdrawnFrom() == null
                        && permissions.allows(row.requirementId(), Audience.SCHOOL_LEADER, Audience.HR)))
                .toList();
        ModelAndView page = new ModelAndView("requirement/requirements");
        page.addObject("navigation", Navigation.of(viewer, Navigation.Section.REPORTS));
        page.addObject("covered", owner);
        page.addObject("asOf", AsOf.of(requirements.freshness()));
        page.addObject("current", lines.stream().filter(line -> line.row().withdrawnFrom() == null).toList());
        page.addObject("withdrawn", lines.stream().filter(line -> line.row().withdrawnFrom() != null).toList());
        page.addObject("standardSet", EnglishStatutorySet.REQUIREMENTS.entrySet().stream()
                .map(entry -> new StandardLine(entry.getValue(), required.contains(
                        EnglishStatutorySet.requirementId(ownerId, entry.getKey()).value())))
                .toList());
        page.addObject("adoption", adoption);
        page.addObject("problem", problem);
        return page;
    }

    private ModelAndView form(Covered owner, TrainingRequirementRow requirement, RequirementForm form,
                              FormProblem problem, Viewer viewer) {
        ModelAndView page = new ModelAndView("requirement/requirement");
        page.addObject("navigation", Navigation.of(viewer, Navigation.Section.REPORTS));
        page.addObject("covered", owner);
        page.addObject("requirement", requirement);
        page.addObject("action", requirement == null ? owner.trainingRequirements()
                : "/training-requirements/" + requirement.requirementId());
        page.addObject("form", form);
        page.addObject("problem", problem);
        return page;
    }

    private ModelAndView withdrawal(TrainingRequirementRow requirement, WithdrawalForm form, FormProblem problem,
                                    Viewer viewer) {
        ModelAndView page = new ModelAndView("requirement/withdrawal");
        page.addObject("navigation", Navigation.of(viewer, Navigation.Section.REPORTS));
        page.addObject("covered", owner(requirement));
        page.addObject("requirement", requirement);
        page.addObject("form", form);
        page.addObject("problem", problem);
        return page;
    }

    private ReportPage<TrainingRequirementRow> requirements(Covered owner) {
        return queries.page(new TrainingRequirementsQuery(owner.scope()), TrainingRequirementRow.class);
    }

    private TrainingRequirementRow requirement(UUID requirementId) {
        return queries.one(new TrainingRequirementQuery(new RequirementId(requirementId)),
                TrainingRequirementRow.class, TrainingErrorCode.REQUIREMENT_NOT_FOUND);
    }

    /** The school or trust that requires it, whose list the forms return to. */
    private Covered owner(TrainingRequirementRow requirement) {
        return requirement.schoolId() != null ? Covered.school(queries, requirement.schoolId())
                : Covered.trust(queries, requirement.trustId());
    }

    private DateInput today() {
        return DateInput.of(SchoolTime.today(clock));
    }

    private static String day(DateInput date) {
        return DAY.format(date.toDate());
    }
}
