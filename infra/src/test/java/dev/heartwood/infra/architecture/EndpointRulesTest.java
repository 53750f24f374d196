package dev.heartwood.infra.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.heartwood.infra.planted.EndpointWithoutARule;
import dev.heartwood.kernel.web.Allowed;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every endpoint says who it serves (ADR 9). The access policy refuses one that does not to everyone; this says so
 * before anyone finds out.
 */
class EndpointRulesTest {

    static final ArchRule EVERY_ENDPOINT_SAYS_WHO_IT_SERVES = methods()
            .that().areAnnotatedWith(GetMapping.class).or().areAnnotatedWith(PostMapping.class)
            .or().areAnnotatedWith(PutMapping.class).or().areAnnotatedWith(DeleteMapping.class)
            .or().areAnnotatedWith(PatchMapping.class).or().areAnnotatedWith(RequestMapping.class)
            .should().beAnnotatedWith(Allowed.class);

    @Test
    void everyEndpointOfHeartwoodCarriesAnAccessRule() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.heartwood");

        EVERY_ENDPOINT_SAYS_WHO_IT_SERVES.check(production);
    }

    @Test
    void anEndpointWithoutOneIsCaught() {
        JavaClasses planted = new ClassFileImporter().importClasses(EndpointWithoutARule.class);

        assertThatThrownBy(() -> EVERY_ENDPOINT_SAYS_WHO_IT_SERVES.check(planted))
                .isInstanceOf(AssertionError.class).hasMessageContaining("EndpointWithoutARule.everything()");
    }
}
