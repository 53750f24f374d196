package dev.heartwood.infra;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
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
@OpenAPIDefinition(
        info = @Info(title = "Heartwood", version = "1",
                description = "Staff appraisal and professional learning for schools and trusts"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class HeartwoodApplication {

    public static void main(String[] args) {
        SpringApplication.run(HeartwoodApplication.class, args);
    }
}
