package dev.heartwood.web.report;

import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.kernel.web.Audience;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.GetMapping;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports page offers each report to exactly the readers its page admits: no link it would refuse, none missing;
 * and a report that links to another page shows the link only to readers that page admits.
 */
class ReportsIndexTest {

    private static final List<Method> PAGES = new ClassPathScanningCandidateComponentProvider(false) {
        {
            addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        }
    }.findCandidateComponents("dev.heartwood.web").stream()
            .map(BeanDefinition::getBeanClassName)
            .map(name -> ClassUtils.resolveClassName(name, ReportsIndexTest.class.getClassLoader()))
            .flatMap(controller -> Arrays.stream(controller.getDeclaredMethods()))
            .filter(method -> method.isAnnotationPresent(GetMapping.class))
            // the page itself, not its CSV
            .filter(method -> method.getAnnotation(GetMapping.class).params().length == 0)
            .toList();

    @Test
    void eachSchoolsReportIsOfferedToTheReadersItsPageAdmits() {
        ReportsIndex.OF_A_SCHOOL.forEach(report -> assertThat(readers(report))
                .as(report.title()).isEqualTo(admittedBy("/schools/{schoolId}/reports" + report.path())));
    }

    @Test
    void eachTrustsReportIsOfferedToTheReadersItsPageAdmits() {
        ReportsIndex.OF_A_TRUST.forEach(report -> assertThat(readers(report))
                .as(report.title()).isEqualTo(admittedBy("/trusts/{trustId}/reports" + report.path())));
    }

    /** The training matrix and the dashboard link to the training requirements, for every reader they admit. */
    @Test
    void theTrainingRequirementsAreLinkedOnlyFromPagesWhoseReadersTheirPageAdmits() {
        assertThat(admittedBy("/schools/{schoolId}/training-requirements"))
                .containsAll(admittedBy("/schools/{schoolId}/reports/training-compliance"))
                .containsAll(admittedBy("/schools/{schoolId}/dashboard"));
        assertThat(admittedBy("/trusts/{trustId}/training-requirements"))
                .containsAll(admittedBy("/trusts/{trustId}/reports/training-compliance"));
    }

    private static Set<Audience> readers(ReportsIndex.Report report) {
        return Set.of(report.readers());
    }

    private static Set<Audience> admittedBy(String path) {
        Method page = PAGES.stream()
                .filter(method -> List.of(method.getAnnotation(GetMapping.class).value()).contains(path))
                .findFirst().orElseThrow(() -> new AssertionError("No page is at " + path));
        return Arrays.stream(page.getAnnotation(Allowed.class).value()).collect(Collectors.toSet());
    }
}
