package dev.heartwood.learning.training;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.learning.api.RequirementTerms;
import dev.heartwood.learning.api.TrainingAudience;
import dev.heartwood.learning.api.TrainingCategory;
import dev.heartwood.learning.api.TrainingRequirementAmended;
import dev.heartwood.learning.api.TrainingRequirementDefined;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RequirementWarningUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(JsonMapper.builder().findAndAddModules().build())
            .build();
    private final SchoolId oakfield = new SchoolId(UUID.randomUUID());
    private final RequirementId dslTraining = new RequirementId(UUID.randomUUID());

    /** As revision 1 stored a requirement's terms, before it had a warning period of its own. */
    private String revisionOne(String effectiveFrom) {
        return """
                {"requirementId": "%s", "schoolId": "%s", "trustId": null,
                 "terms": {"title": "DSL training", "category": "DSL_TRAINING",
                           "audience": {"kind": "ROLE", "category": null, "role": "DSL"},
                           "dueWithinDays": 30, "renewalMonths": 24, "graceDays": 0, "source": "KCSIE 2025"},
                 "effectiveFrom": "%s"}""".formatted(dslTraining, oakfield, effectiveFrom);
    }

    private static RequirementTerms dslTrainingWarning(int warningDays) {
        return new RequirementTerms("DSL training", TrainingCategory.DSL_TRAINING,
                TrainingAudience.holding(StaffRole.DSL), 30, 24, 0, warningDays, "KCSIE 2025");
    }

    private List<IntermediateEventRepresentation> upcast(Class<?> type, String payload, String revision) {
        var stored = new GenericDomainEventEntry<>("TrainingRequirement", dslTraining.toString(), 0,
                UUID.randomUUID().toString(), Instant.parse("2025-09-01T09:00:00Z"), type.getName(), revision,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return new RequirementWarningUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .toList();
    }

    @Test
    void readsADefinitionOfRevisionOneWithTheThirtyDaysEveryRequirementWarnedThen() {
        List<IntermediateEventRepresentation> upcast =
                upcast(TrainingRequirementDefined.class, revisionOne("2025-09-01"), "1");

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType())
                .isEqualTo(new SimpleSerializedType(TrainingRequirementDefined.class.getName(), "2"));
        TrainingRequirementDefined defined = serializer.deserialize(upcast.get(0).getData());
        assertThat(defined).isEqualTo(new TrainingRequirementDefined(dslTraining, oakfield, null,
                dslTrainingWarning(30), LocalDate.of(2025, 9, 1)));
    }

    @Test
    void readsAnAmendmentOfRevisionOneWithThirtyDaysToo() {
        List<IntermediateEventRepresentation> upcast =
                upcast(TrainingRequirementAmended.class, revisionOne("2026-09-01"), "1");

        assertThat(upcast.get(0).getType())
                .isEqualTo(new SimpleSerializedType(TrainingRequirementAmended.class.getName(), "2"));
        TrainingRequirementAmended amended = serializer.deserialize(upcast.get(0).getData());
        assertThat(amended).isEqualTo(new TrainingRequirementAmended(dslTraining, oakfield, null,
                dslTrainingWarning(30), LocalDate.of(2026, 9, 1)));
    }

    @Test
    void leavesAnEventOfTheCurrentRevisionAsItIs() {
        String revisionTwo = serializer.serialize(new TrainingRequirementDefined(dslTraining, oakfield, null,
                dslTrainingWarning(60), LocalDate.of(2025, 9, 1)), String.class).getData();

        List<IntermediateEventRepresentation> upcast = upcast(TrainingRequirementDefined.class, revisionTwo, "2");

        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        assertThat(upcast.get(0).getData(String.class).getData()).isEqualTo(revisionTwo);
    }
}
