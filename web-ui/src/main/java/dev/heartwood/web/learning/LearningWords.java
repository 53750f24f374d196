package dev.heartwood.web.learning;

import dev.heartwood.learning.api.ComplianceStatus;
import dev.heartwood.learning.api.CpdType;
import dev.heartwood.learning.api.GuskeyLevel;
import dev.heartwood.learning.api.ImpactJudgement;
import dev.heartwood.learning.api.TrainingCategory;
import dev.heartwood.reporting.api.CpdActivityView.LinkKind;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words the learning pages use for the records' codes, amounts and days, so that every page says them alike:
 * a status is always said in words (a tag's colour only repeats it). Templates read it as {@code @learningWords}.
 */
@Component("learningWords")
public class LearningWords {

    /** One answer a form offers: the value it sends, the words shown and, where it helps, a hint. */
    public record Choice(String value, String label, String hint) {
    }

    /** A status as a tag shows it: its words and the tag's colour. */
    public record Tag(String words, String colour) {
    }

    private static final Locale UK = Locale.UK;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", UK);

    private static final Map<CpdType, String> TYPES = Map.of(CpdType.COURSE, "Course", CpdType.COACHING, "Coaching",
            CpdType.INSET, "INSET day or twilight", CpdType.NETWORK, "Network meeting", CpdType.READING, "Reading",
            CpdType.QUALIFICATION, "Qualification", CpdType.OTHER, "Other");

    private static final Map<String, Tag> CPD_STATUSES = Map.of(
            "REQUESTED", new Tag("Awaiting a decision", "govuk-tag--blue"),
            "APPROVED", new Tag("Approved", "govuk-tag--turquoise"),
            "DECLINED", new Tag("Declined", "govuk-tag--red"),
            "COMPLETED", new Tag("Completed", "govuk-tag--green"));

    private static final Map<ComplianceStatus, Tag> TRAINING_STATUSES = Map.of(
            ComplianceStatus.COMPLIANT, new Tag("Compliant", "govuk-tag--green"),
            ComplianceStatus.DUE_SOON, new Tag("Due soon", "govuk-tag--yellow"),
            ComplianceStatus.OVERDUE, new Tag("Overdue", "govuk-tag--red"),
            ComplianceStatus.EXPIRED, new Tag("Expired", "govuk-tag--red"),
            ComplianceStatus.NEVER_COMPLETED, new Tag("Not yet completed", "govuk-tag--grey"),
            ComplianceStatus.EXEMPT, new Tag("Exempt", "govuk-tag--grey"),
            ComplianceStatus.NOT_APPLICABLE, new Tag("Does not apply", "govuk-tag--grey"));

    private static final Map<TrainingCategory, String> TRAINING_CATEGORIES = Map.of(
            TrainingCategory.SAFEGUARDING_UPDATE, "Safeguarding update", TrainingCategory.DSL_TRAINING,
            "DSL training", TrainingCategory.PREVENT, "Prevent", TrainingCategory.FIRST_AID_AT_WORK,
            "First aid at work", TrainingCategory.PAEDIATRIC_FIRST_AID, "Paediatric first aid",
            TrainingCategory.FIRE_SAFETY, "Fire safety", TrainingCategory.SAFER_RECRUITMENT, "Safer recruitment",
            TrainingCategory.OTHER, "Other");

    private static final Map<GuskeyLevel, Choice> LEVELS = Map.of(
            GuskeyLevel.REACTIONS, new Choice("REACTIONS", "1. Reactions",
                    "How you felt about the learning"),
            GuskeyLevel.LEARNING, new Choice("LEARNING", "2. Learning", "What you learnt"),
            GuskeyLevel.ORGANISATIONAL_SUPPORT, new Choice("ORGANISATIONAL_SUPPORT", "3. Organisational support",
                    "How the school supported you to put it into practice"),
            GuskeyLevel.USE_OF_NEW_KNOWLEDGE_AND_SKILLS, new Choice("USE_OF_NEW_KNOWLEDGE_AND_SKILLS",
                    "4. Use of new knowledge and skills", "Whether you use what you learnt"),
            GuskeyLevel.PUPIL_OUTCOMES, new Choice("PUPIL_OUTCOMES", "5. Pupil outcomes",
                    "What difference it made to pupils"));

    private static final Map<ImpactJudgement, String> JUDGEMENTS = Map.of(
            ImpactJudgement.NOT_YET_EVIDENT, "Not yet evident", ImpactJudgement.EMERGING, "Emerging",
            ImpactJudgement.EVIDENT, "Evident", ImpactJudgement.STRONG, "Strong");

    private static final Map<LinkKind, String> LINK_KINDS = Map.of(LinkKind.OBJECTIVE, "Objective",
            LinkKind.DEVELOPMENT_NEED, "Development need", LinkKind.PRIORITY, "School priority");

    public String type(String type) {
        return TYPES.get(CpdType.valueOf(type));
    }

    public List<Choice> types() {
        return Arrays.stream(CpdType.values()).map(type -> new Choice(type.name(), TYPES.get(type), null)).toList();
    }

    public Tag cpdStatus(String status) {
        return CPD_STATUSES.get(status);
    }

    public Tag trainingStatus(ComplianceStatus status) {
        return TRAINING_STATUSES.get(status);
    }

    public String trainingCategory(TrainingCategory category) {
        return TRAINING_CATEGORIES.get(category);
    }

    /** The kinds of mandatory training, in the order the API lists them. */
    public List<Choice> trainingCategories() {
        return Arrays.stream(TrainingCategory.values())
                .map(category -> new Choice(category.name(), TRAINING_CATEGORIES.get(category), null)).toList();
    }

    public String level(GuskeyLevel level) {
        return LEVELS.get(level).label();
    }

    public List<Choice> levels() {
        return Arrays.stream(GuskeyLevel.values()).map(LEVELS::get).toList();
    }

    public String linkKind(LinkKind kind) {
        return LINK_KINDS.get(kind);
    }

    public String judgement(ImpactJudgement judgement) {
        return JUDGEMENTS.get(judgement);
    }

    public List<Choice> judgements() {
        return Arrays.stream(ImpactJudgement.values())
                .map(judgement -> new Choice(judgement.name(), JUDGEMENTS.get(judgement), null)).toList();
    }

    /** A day as people write it: 15 July 2026. */
    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** Hours or days without trailing zeros: 6, 6.5. */
    public String number(BigDecimal amount) {
        return amount == null ? "" : amount.stripTrailingZeros().toPlainString();
    }

    /** Days of cover: None, 0.5 days, 1 day, 2.5 days. */
    public String days(BigDecimal days) {
        if (days == null || days.signum() == 0) {
            return "None";
        }
        return number(days) + (days.compareTo(BigDecimal.ONE) == 0 ? " day" : " days");
    }

    /** Pounds, with pence only where there are some: £150, £149.99, £1,200. */
    public String money(BigDecimal pounds) {
        if (pounds == null) {
            return "";
        }
        boolean whole = pounds.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "£#,##0" : "£#,##0.00", DecimalFormatSymbols.getInstance(UK));
        return format.format(pounds.setScale(2, RoundingMode.HALF_UP));
    }
}
