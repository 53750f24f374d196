package dev.heartwood.reporting.query;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Lets every report answer {@code Accept: text/csv}. */
@Configuration(proxyBeanMethods = false)
class ReportFormats implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new ReportCsvConverter());
    }
}
