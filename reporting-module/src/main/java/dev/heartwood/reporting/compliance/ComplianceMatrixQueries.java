package dev.heartwood.reporting.compliance;

import dev.heartwood.learning.api.ComplianceStatus;
import dev.heartwood.reporting.api.ComplianceMatrixQuery;
import dev.heartwood.reporting.api.ComplianceRow;
import dev.heartwood.reporting.api.ComplianceSort;
import dev.heartwood.reporting.api.ComplianceSummaryQuery;
import dev.heartwood.reporting.api.ComplianceSummaryRow;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.RequirementInForce;
import dev.heartwood.reporting.api.RequirementsInForceQuery;
import dev.heartwood.reporting.api.StaffTrainingView;
import dev.heartwood.reporting.api.TrainingStandingView;
import dev.heartwood.reporting.compliance.StaffStandings.StaffApplicable;
import dev.heartwood.reporting.training.TrainingQueries;
import dev.heartwood.reporting.training.TrainingQueries.Standing;
import dev.heartwood.reporting.query.EventStreamHead;
import dev.heartwood.reporting.query.KnownSchools;
import dev.heartwood.reporting.query.SortedPage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The training compliance matrix and its summary for a day. Nothing here is stored: each answer applies the
 * compliance rule to the facts for the day asked, so past and future days are answered alike.
 */
@Component
class ComplianceMatrixQueries {

    private final StaffStandings standings;
    private final TrainingQueries training;
    private final KnownSchools schools;
    private final EventStreamHead head;

    ComplianceMatrixQueries(StaffStandings standings, TrainingQueries training, KnownSchools schools,
                            EventStreamHead head) {
        this.standings = standings;
        this.training = training;
        this.schools = schools;
        this.head = head;
    }

    /** Answers a raw page because Axon matches a handler to {@code instanceOf(ReportPage.class)} by its plain class. */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    ReportPage handle(ComplianceMatrixQuery query) {
        return query.status() == null && query.sort() == ComplianceSort.PERSON ? byPerson(query)
                : everyStanding(query);
    }

    private ReportPage<ComplianceRow> everyStanding(ComplianceMatrixQuery query) {
        List<StaffOnTheDay> staff = standings.on(query.scope(), query.on());
        List<ComplianceRow> matching = rows(staff).filter(row -> asked(query, row)).toList();
        List<ComplianceRow> page = SortedPage.of(matching, ComplianceOrder.of(query.sort()), query.page(), query.size());
        return new ReportPage<>(ComplianceRow.class, page, query.page(), query.size(), matching.size(),
                head.freshness(StaffStandings.lastEventIndex(staff), TrainingQueries.PROCESSING_GROUP));
    }

    /**
     * The matrix by person when no status is asked for: which requirements apply to whom, and so which rows there
     * are and their order, does not depend on anyone's training, so only the training of the people on the page is
     * read (in a trust's matrix, some 12 people's of 5,000).
     */
    private ReportPage<ComplianceRow> byPerson(ComplianceMatrixQuery query) {
        List<StaffApplicable> staff = standings.applicableOn(query.scope(), query.on());
        List<ComplianceRow> matching = staff.stream()
                .flatMap(person -> person.applicable().requirements().stream()
                        .map(requirement -> untrained(person, requirement)))
                .filter(row -> asked(query, row))
                .toList();
        List<ComplianceRow> page = SortedPage.of(matching, ComplianceOrder.of(query.sort()), query.page(), query.size());
        Map<UUID, StaffTrainingView> trained = training.standingsOf(
                        page.stream().map(ComplianceRow::staffId).collect(Collectors.toSet()), query.on()).stream()
                .collect(Collectors.toMap(person -> person.training().staffId(), Standing::training));
        // a row whose person's facts changed between the two reads so that it no longer applies is left out
        List<ComplianceRow> rows = page.stream()
                .flatMap(row -> Optional.ofNullable(trained.get(row.staffId())).stream()
                        .flatMap(person -> person.requirements().stream())
                        .filter(standing -> standing.requirementId().equals(row.requirementId()))
                        .map(standing -> row(row.schoolId(), row.schoolName(), row.staffId(), row.staffName(),
                                standing)))
                .toList();
        long newest = Math.max(
                staff.stream().mapToLong(person -> person.applicable().lastEventIndex()).max().orElse(0),
                trained.values().stream().mapToLong(StaffTrainingView::lastEventIndex).max().orElse(0));
        return new ReportPage<>(ComplianceRow.class, rows, query.page(), query.size(), matching.size(),
                head.freshness(newest, TrainingQueries.PROCESSING_GROUP));
    }

    /** Whether the row is one of those the query's filters ask for. */
    private static boolean asked(ComplianceMatrixQuery query, ComplianceRow row) {
        return (query.status() == null || row.status() == query.status())
                && (query.requirementId() == null || row.requirementId().equals(query.requirementId()))
                && (query.category() == null || row.category() == query.category());
    }

    @SuppressWarnings("rawtypes")
    @QueryHandler
    ReportPage handle(ComplianceSummaryQuery query) {
        LocalDate day = query.on();
        List<StaffOnTheDay> staff = standings.on(query.scope(), day);
        Map<List<UUID>, List<ComplianceRow>> bySchoolAndRequirement = rows(staff).collect(Collectors.groupingBy(
                row -> List.of(row.schoolId(), row.requirementId())));
        List<ComplianceSummaryRow> summary = bySchoolAndRequirement.values().stream()
                .map(rows -> summarise(rows, day))
                .sorted(Comparator.comparing(ComplianceSummaryRow::schoolName)
                        .thenComparing(ComplianceSummaryRow::schoolId)
                        .thenComparing(ComplianceSummaryRow::requirementTitle)
                        .thenComparing(ComplianceSummaryRow::requirementId))
                .toList();
        return new ReportPage<>(ComplianceSummaryRow.class, summary, 0, summary.size(), summary.size(),
                head.freshness(StaffStandings.lastEventIndex(staff), TrainingQueries.PROCESSING_GROUP));
    }

    @QueryHandler
    List<RequirementInForce> handle(RequirementsInForceQuery query) {
        return training.requirementsInForceAt(schools.of(query.scope()).keySet(), query.on());
    }

    private static Stream<ComplianceRow> rows(List<StaffOnTheDay> staff) {
        return staff.stream().flatMap(person -> person.training().requirements().stream()
                .map(standing -> row(person, standing)));
    }

    private static ComplianceRow row(StaffOnTheDay person, TrainingStandingView standing) {
        return row(person.schoolId(), person.schoolName(), person.training().staffId(), person.staffName(), standing);
    }

    private static ComplianceRow row(UUID schoolId, String schoolName, UUID staffId, String staffName,
                                     TrainingStandingView standing) {
        return new ComplianceRow(schoolId, schoolName, staffId, staffName, standing.requirementId(), standing.title(),
                standing.category(), standing.status(), standing.lastCompletedOn(), standing.dueOn(),
                standing.expiresOn(), standing.certificateReference() != null, standing.certificateReference());
    }

    /** A row of the matrix before the person's training is read: whose it is and of which requirement, no status. */
    private static ComplianceRow untrained(StaffApplicable person, RequirementInForce requirement) {
        return new ComplianceRow(person.applicable().schoolId(), person.schoolName(),
                person.applicable().staffId(), person.staffName(), requirement.requirementId(), requirement.title(),
                requirement.category(), null, null, null, null, false, null);
    }

    private static ComplianceSummaryRow summarise(List<ComplianceRow> rows, LocalDate day) {
        ComplianceRow first = rows.get(0);
        int compliant = count(rows, row -> isCompliant(row, day));
        return new ComplianceSummaryRow(first.schoolId(), first.schoolName(), first.requirementId(),
                first.requirementTitle(), first.category(), rows.size(), compliant,
                count(rows, row -> row.status() == ComplianceStatus.EXEMPT),
                count(rows, row -> row.status() == ComplianceStatus.OVERDUE),
                BigDecimal.valueOf(compliant).divide(BigDecimal.valueOf(rows.size()), 3, RoundingMode.HALF_UP),
                count(rows, row -> fallsDueWithin(row, day, 30)), count(rows, row -> fallsDueWithin(row, day, 60)),
                count(rows, row -> fallsDueWithin(row, day, 90)));
    }

    /** Trained and not yet past the renewal date: a renewal coming up does not make a person non-compliant. */
    private static boolean isCompliant(ComplianceRow row, LocalDate day) {
        return row.status() == ComplianceStatus.COMPLIANT || (row.status() == ComplianceStatus.DUE_SOON
                && row.lastCompletedOn() != null && !day.isAfter(row.expiresOn()));
    }

    private static boolean fallsDueWithin(ComplianceRow row, LocalDate day, int days) {
        return row.dueOn() != null && row.dueOn().isAfter(day) && !row.dueOn().isAfter(day.plusDays(days));
    }

    private static int count(List<ComplianceRow> rows, Predicate<ComplianceRow> which) {
        return (int) rows.stream().filter(which).count();
    }
}
