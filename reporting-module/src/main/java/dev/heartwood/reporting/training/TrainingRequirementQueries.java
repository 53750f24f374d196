package dev.heartwood.reporting.training;

import dev.heartwood.learning.api.RequirementVersion;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.TrainingRequirementQuery;
import dev.heartwood.reporting.api.TrainingRequirementRow;
import dev.heartwood.reporting.api.TrainingRequirementsQuery;
import dev.heartwood.reporting.query.EventStreamHead;
import dev.heartwood.reporting.training.TrainingRows.Requirement;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The requirements themselves, as the compliance rule reads them from the training read model. */
@Component
class TrainingRequirementQueries {

    private final TrainingRows rows;
    private final EventStreamHead head;

    TrainingRequirementQueries(TrainingRows rows, EventStreamHead head) {
        this.rows = rows;
        this.head = head;
    }

    @SuppressWarnings("rawtypes")
    @QueryHandler
    ReportPage handle(TrainingRequirementsQuery query) {
        List<TrainingRequirementRow> requirements = rows.requirementsOf(query.scope().schoolId(),
                        query.scope().trustId()).stream()
                .map(TrainingRequirementQueries::row)
                .sorted(Comparator.comparing((TrainingRequirementRow row) -> row.terms().title())
                        .thenComparing(TrainingRequirementRow::requirementId))
                .toList();
        long newest = requirements.stream().mapToLong(TrainingRequirementRow::lastEventIndex).max().orElse(0);
        return new ReportPage<>(TrainingRequirementRow.class, requirements, 0, requirements.size(),
                requirements.size(), head.freshness(newest, TrainingQueries.PROCESSING_GROUP));
    }

    @QueryHandler
    Optional<TrainingRequirementRow> handle(TrainingRequirementQuery query) {
        return rows.requirement(query.requirementId().value()).map(TrainingRequirementQueries::row);
    }

    private static TrainingRequirementRow row(Requirement requirement) {
        List<RequirementVersion> versions = requirement.history().versions();
        RequirementVersion latest = versions.get(versions.size() - 1);
        return new TrainingRequirementRow(requirement.requirementId(), requirement.schoolId(), requirement.trustId(),
                latest.terms(), requirement.history().inForceSince(), latest.effectiveFrom(),
                requirement.history().withdrawnFrom(), requirement.lastEventIndex());
    }
}
