package dev.heartwood.appraisal.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.ConfidentialText;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notes and evidence were released with their text typed as personal text; typed now as confidential text, they are
 * still revision 1, so the events stored before the change must read as they are, with no upcaster, and be written
 * again in the very same shape.
 */
class ConfidentialEventsJsonTest {

    private final JsonMapper json = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
    private final AppraisalId appraisal = new AppraisalId(UUID.fromString("0b9e4c57-52a3-4f0e-9d43-7d0f2f3f8a11"));
    private final SchoolId oakfield = new SchoolId(UUID.fromString("5f1c2a9e-8b7d-4c3a-9e21-0d4b6f8a1c77"));
    private final UUID id = UUID.fromString("c3d1f4e2-7a6b-4c5d-8e9f-0a1b2c3d4e5f");

    @Test
    void aNoteStoredBeforeItsTextWasTypedConfidentialReadsAndWritesAsItWas() throws Exception {
        String stored = """
                {"appraisalId":"%s","schoolId":"%s","noteId":"%s","note":"Struggling since the move",\
                "confidential":true,"addedOn":"2026-02-03"}""".formatted(appraisal, oakfield, id);

        ProgressNoteAdded read = read(stored, ProgressNoteAdded.class);

        assertThat(read).isEqualTo(new ProgressNoteAdded(appraisal, oakfield, id,
                ConfidentialText.of("Struggling since the move"), true, LocalDate.of(2026, 2, 3)));
        assertThat(written(read)).isEqualTo(json.readTree(stored));
    }

    @Test
    void evidenceStoredBeforeItsTextWasTypedConfidentialReadsAndWritesAsItWas() throws Exception {
        String stored = """
                {"appraisalId":"%s","schoolId":"%s","evidenceId":"%s","description":"Reading data, spring",\
                "reference":"Shared drive / Year 4","confidential":false,"referencedOn":"2026-03-10"}"""
                .formatted(appraisal, oakfield, id);

        EvidenceReferenced read = read(stored, EvidenceReferenced.class);

        assertThat(read).isEqualTo(new EvidenceReferenced(appraisal, oakfield, id,
                ConfidentialText.of("Reading data, spring"), ConfidentialText.of("Shared drive / Year 4"), false,
                LocalDate.of(2026, 3, 10)));
        assertThat(written(read)).isEqualTo(json.readTree(stored));
    }

    private <T> T read(String stored, Class<T> type) {
        return serializer.deserialize(new SimpleSerializedObject<>(stored, String.class, type.getName(), "1"));
    }

    private JsonNode written(Object event) throws Exception {
        return json.readTree(serializer.serialize(event, String.class).getData());
    }
}
