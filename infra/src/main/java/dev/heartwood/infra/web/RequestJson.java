package dev.heartwood.infra.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import dev.heartwood.kernel.SchoolTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Reads request bodies more strictly than events are read (events keep the one ObjectMapper's tolerant reading):
 * a field the request does not have is refused rather than ignored, so that a misspelt {@code "confidentail"}
 * cannot quietly record a confidential note as open; a count is not rounded from a fraction; text must be
 * storable as it was sent (no NUL, which PostgreSQL text cannot hold, and no half of a surrogate pair); and a
 * business date must be {@link SchoolTime#plausible plausible}, so that no year 0 or 275760 reaches an event.
 */
@Configuration(proxyBeanMethods = false)
class RequestJson {

    @Bean
    MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper json) {
        return new MappingJackson2HttpMessageConverter(json.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .registerModule(new SimpleModule("heartwood-requests")
                        .addDeserializer(String.class, new StorableText())
                        .addDeserializer(LocalDate.class, new BusinessDate())));
    }

    private static final class StorableText extends StdScalarDeserializer<String> {

        StorableText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !storable(text)) {
                throw new RefusedValue(parser, "contains a NUL character or half of a surrogate pair");
            }
            return text;
        }

        private static boolean storable(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\0' || Character.isLowSurrogate(c)) {
                    return false;
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                }
            }
            return true;
        }
    }

    private static final class BusinessDate extends StdScalarDeserializer<LocalDate> {

        BusinessDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            if (date != null && !SchoolTime.plausible(date)) {
                throw new RefusedValue(parser, "must be a date from " + SchoolTime.EARLIEST_DATE + " to "
                        + SchoolTime.LATEST_DATE);
            }
            return date;
        }
    }
}
