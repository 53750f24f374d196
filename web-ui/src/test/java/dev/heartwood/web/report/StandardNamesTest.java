package dev.heartwood.web.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StandardNamesTest {

    private final StandardNames names = new StandardNames();

    @Test
    void aNationalStandardIsNamedByItsCodeAndTitle() {
        assertThat(names.of("TS2")).isEqualTo("TS2: Promote good progress and outcomes by pupils");
        assertThat(names.of("HS6")).isEqualTo("HS6: Professional development");
        assertThat(names.of("SS3")).isEqualTo("SS3: Work well with colleagues, pupils and families");
    }

    @Test
    void aStandardOfTheSchoolsOwnFrameworkIsNamedByItsCode() {
        assertThat(names.of("OAK1")).isEqualTo("OAK1");
    }
}
