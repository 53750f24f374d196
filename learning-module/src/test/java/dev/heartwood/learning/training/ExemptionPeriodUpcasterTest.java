package dev.heartwood.learning.training;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrainingRecordId;
import dev.heartwood.learning.api.ExemptedFromTraining;
import dev.heartwood.learning.api.ExemptionPeriod;
import dev.heartwood.learning.api.TrainingRecords;
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

class ExemptionPeriodUpcasterTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(JsonMapper.builder().findAndAddModules().build())
            .build();
    private final StaffId asha = new StaffId(UUID.randomUUID());
    private final TrainingRecordId ashasRecord = TrainingRecords.of(asha);
    private final SchoolId oakfield = new SchoolId(UUID.randomUUID());
    private final RequirementId safeguarding = new RequirementId(UUID.randomUUID());

    /** As it was stored before the period became one value. */
    private String revisionOne() {
        return """
                {"recordId": "%s", "staffId": "%s", "schoolId": "%s", "requirementId": "%s",
                 "reason": "Long-term sickness absence", "from": "2026-01-05", "until": "2026-03-31"}"""
                .formatted(ashasRecord, asha, oakfield, safeguarding);
    }

    private List<IntermediateEventRepresentation> upcast(String payload, String revision) {
        var stored = new GenericDomainEventEntry<>("TrainingRecord", ashasRecord.toString(), 0,
                UUID.randomUUID().toString(), Instant.parse("2026-01-05T09:00:00Z"),
                ExemptedFromTraining.class.getName(), revision, payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        return new ExemptionPeriodUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(stored, serializer)))
                .toList();
    }

    @Test
    void readsTheLooseDatesOfRevisionOneAsThePeriodOfRevisionTwo() {
        List<IntermediateEventRepresentation> upcast = upcast(revisionOne(), "1");

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType())
                .isEqualTo(new SimpleSerializedType(ExemptedFromTraining.class.getName(), "2"));
        ExemptedFromTraining exempted = serializer.deserialize(upcast.get(0).getData());
        assertThat(exempted).isEqualTo(new ExemptedFromTraining(ashasRecord, asha, oakfield, safeguarding,
                PersonalText.of("Long-term sickness absence"),
                new ExemptionPeriod(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 31))));
    }

    @Test
    void leavesAnEventOfTheCurrentRevisionAsItIs() {
        String revisionTwo = serializer.serialize(new ExemptedFromTraining(ashasRecord, asha, oakfield, safeguarding,
                        PersonalText.of("Long-term sickness absence"),
                        new ExemptionPeriod(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 31))), String.class)
                .getData();

        List<IntermediateEventRepresentation> upcast = upcast(revisionTwo, "2");

        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        assertThat(upcast.get(0).getData(String.class).getData()).isEqualTo(revisionTwo);
    }
}
