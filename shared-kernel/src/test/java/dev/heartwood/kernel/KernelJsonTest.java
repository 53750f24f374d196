package dev.heartwood.kernel;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class KernelJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    record Sample(SchoolId schoolId, AcademicYear year, PersonalText note) {
    }

    record ConfidentialSample(SchoolId schoolId, ConfidentialText note) {
    }

    @Test
    void valueTypesAreWrittenAsPlainStringsAndReadBack() throws Exception {
        UUID id = UUID.fromString("5f1c2a9e-8b7d-4c3a-9e21-0d4b6f8a1c77");
        Sample sample = new Sample(new SchoolId(id), new AcademicYear(2025), PersonalText.of("Improve KS2 reading"));

        String written = json.writeValueAsString(sample);

        assertThat(written).isEqualTo(
                "{\"schoolId\":\"5f1c2a9e-8b7d-4c3a-9e21-0d4b6f8a1c77\",\"year\":\"2025/26\",\"note\":\"Improve KS2 reading\"}");
        assertThat(json.readValue(written, Sample.class)).isEqualTo(sample);
    }

    @Test
    void confidentialTextIsWrittenAsThePlainStringPersonalTextIs() throws Exception {
        String written = "{\"schoolId\":\"5f1c2a9e-8b7d-4c3a-9e21-0d4b6f8a1c77\",\"note\":\"Struggling at home\"}";

        ConfidentialSample read = json.readValue(written, ConfidentialSample.class);

        assertThat(read.note()).isEqualTo(ConfidentialText.of("Struggling at home"));
        assertThat(json.writeValueAsString(read)).isEqualTo(written);
        assertThat(json.readValue(written, Sample.class).note()).isEqualTo(PersonalText.of("Struggling at home"));
    }

    @Test
    void personalTextNeverShowsInToString() {
        assertThat(PersonalText.of("Ms Jones, signed off sick").toString()).doesNotContain("Jones");
        assertThat(ConfidentialText.of("Ms Jones, signed off sick").toString()).doesNotContain("Jones");
    }
}
