package dev.heartwood.infra.web;

import dev.heartwood.kernel.SchoolTime;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Function;

/**
 * Dates and instants in query parameters ({@code ?on=}, {@code ?at=}, {@code ?from=}) are ISO-8601 and
 * {@link SchoolTime#plausible plausible}, like those in request bodies: a year such as 1000000000 is refused with
 * a 400 rather than sent to a database that cannot compare with it. Registered after Spring Boot's own formatters,
 * so these are asked first.
 */
@Configuration(proxyBeanMethods = false)
class QueryDates implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Plausible<>(LocalDate::parse, day -> day));
        registry.addFormatterForFieldType(Instant.class,
                new Plausible<>(Instant::parse, instant -> LocalDate.ofInstant(instant, ZoneOffset.UTC)));
    }

    private record Plausible<T>(Function<String, T> parse, Function<T, LocalDate> day) implements Formatter<T> {

        @Override
        public T parse(String text, Locale locale) {
            T value = parse.apply(text);
            if (!SchoolTime.plausible(day.apply(value))) {
                throw new IllegalArgumentException(text + " is not from " + SchoolTime.EARLIEST_DATE + " to "
                        + SchoolTime.LATEST_DATE);
            }
            return value;
        }

        @Override
        public String print(T value, Locale locale) {
            return value.toString();
        }
    }
}
