package dev.heartwood.kernel;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressesTest {

    @Test
    void foldsCaseSurroundingSpaceAndCompatibilityForms() {
        assertThat(EmailAddresses.folded(" A.Patel@Oakfield.sch.uk ")).isEqualTo("a.patel@oakfield.sch.uk");
        // full-width letters and the "fi" ligature are compatibility forms of plain ones
        assertThat(EmailAddresses.folded("ａ.patel@oak\uFB01eld.sch.uk")).isEqualTo("a.patel@oakfield.sch.uk");
    }

    @Test
    void findsControlAndInvisibleFormattingCharacters() {
        assertThat(EmailAddresses.hasControlCharacters("a.patel@oakfield.sch.uk")).isFalse();
        assertThat(EmailAddresses.hasControlCharacters("a.patel@oakfield.sch.uk\n")).isTrue();
        assertThat(EmailAddresses.hasControlCharacters("a.pa\u0000tel@oakfield.sch.uk")).isTrue();
        assertThat(EmailAddresses.hasControlCharacters("a.pa\u202Etel@oakfield.sch.uk")).isTrue();
        assertThat(EmailAddresses.hasControlCharacters("a.pa\u200Dtel@oakfield.sch.uk")).isTrue();
    }

    @Test
    void thePatternForValidationAgreesWithTheCheck() {
        Pattern pattern = Pattern.compile(EmailAddresses.PLAIN);

        assertThat(pattern.matcher("a.patel@oakfield.sch.uk").matches()).isTrue();
        assertThat(pattern.matcher("a.pa\u202Etel@oakfield.sch.uk").matches()).isFalse();
        assertThat(pattern.matcher("a.patel@oakfield.sch.uk\r").matches()).isFalse();
    }
}
