package dev.heartwood.reporting.learning;

import dev.heartwood.reporting.api.CpdGrouping;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Locale;

/**
 * Reads the learning reports' grouping in any case ("person" as well as "PERSON"); anything else is answered with a
 * 400. (Academic years are read by {@code query.AcademicYearParameter} for every report.)
 */
@Configuration(proxyBeanMethods = false)
class LearningReportParameters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, CpdGrouping.class,
                text -> CpdGrouping.valueOf(text.trim().toUpperCase(Locale.ROOT)));
    }
}
