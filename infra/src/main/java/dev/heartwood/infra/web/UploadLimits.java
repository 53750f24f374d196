package dev.heartwood.infra.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet container's limits on a page's upload, from the same {@link RequestLimits} that {@link BodySizeLimit}
 * holds every body to, in place of Spring Boot's defaults (a 1 MB file), which would refuse a school's staff file.
 * They also bound an upload sent without a declared length, which the container reads itself.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    @Bean
    MultipartConfigElement multipartConfigElement(RequestLimits limits) {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(limits.maxUploadBodySize());
        factory.setMaxRequestSize(limits.maxUploadBodySize());
        return factory.createMultipartConfig();
    }
}
