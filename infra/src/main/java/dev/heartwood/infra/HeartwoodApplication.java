package dev.heartwood.infra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;

/**
 * The one runnable application: every module's handlers, controllers and projections in one process. Scanned
 * beans are named by their full class name, so that two modules may each have, say, a
 * {@code HeadteacherAppraisalController}.
 */
@SpringBootApplication(scanBasePackages = "dev.heartwood", nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@ConfigurationPropertiesScan("dev.heartwood.infra")
public class HeartwoodApplication {

    public static void main(String[] args) {
        // Axon prints an advertisement for its vendor's console at every start unless told not to
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(HeartwoodApplication.class, args);
    }
}
