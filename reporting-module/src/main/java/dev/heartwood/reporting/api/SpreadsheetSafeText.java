package dev.heartwood.reporting.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;

/**
 * Text in a CSV cell that a spreadsheet would run as a formula (it begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return) is written after a single quote, as OWASP advises against CSV injection: a
 * name such as {@code =HYPERLINK(...)} then shows as the text it is. Numbers and dates are not text and stay as they
 * are.
 */
class SpreadsheetSafeText extends StdSerializer<String> {

    SpreadsheetSafeText() {
        super(String.class);
    }

    @Override
    public void serialize(String text, JsonGenerator csv, SerializerProvider provider) throws IOException {
        csv.writeString(startsLikeAFormula(text) ? "'" + text : text);
    }

    static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
