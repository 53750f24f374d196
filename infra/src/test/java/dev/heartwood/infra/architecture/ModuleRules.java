package dev.heartwood.infra.architecture;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency rules of DESIGN §3. */
final class ModuleRules {

    private static final String KERNEL = "dev.heartwood.kernel..";
    private static final String APPRAISAL = "dev.heartwood.appraisal..";
    private static final String APPRAISAL_API = "dev.heartwood.appraisal.api..";
    private static final String LEARNING = "dev.heartwood.learning..";
    private static final String LEARNING_API = "dev.heartwood.learning.api..";
    private static final String REPORTING = "dev.heartwood.reporting..";
    private static final String INFRA = "dev.heartwood.infra..";

    static final ArchRule KERNEL_DEPENDS_ON_NOTHING_OF_OURS_NOR_ON_FRAMEWORKS = classes()
            .that().resideInAPackage(KERNEL)
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage(KERNEL, "java..", "com.fasterxml.jackson.annotation..");

    static final ArchRule APPRAISAL_DEPENDS_ONLY_ON_THE_KERNEL = noClasses()
            .that().resideInAPackage(APPRAISAL)
            .should().dependOnClassesThat().resideInAnyPackage(LEARNING, REPORTING, INFRA);

    static final ArchRule LEARNING_SEES_ONLY_THE_APPRAISAL_API = noClasses()
            .that().resideInAPackage(LEARNING)
            .should().dependOnClassesThat(resideInAPackage(APPRAISAL).and(not(resideInAPackage(APPRAISAL_API))))
            .orShould().dependOnClassesThat().resideInAnyPackage(REPORTING, INFRA);

    static final ArchRule REPORTING_SEES_ONLY_THE_WRITE_MODULES_APIS = noClasses()
            .that().resideInAPackage(REPORTING)
            .should().dependOnClassesThat(resideInAnyPackage(APPRAISAL, LEARNING)
                    .and(not(resideInAnyPackage(APPRAISAL_API, LEARNING_API))))
            .orShould().dependOnClassesThat().resideInAPackage(INFRA);

    static final ArchRule NO_MODULE_DEPENDS_ON_INFRA = noClasses()
            .that().resideOutsideOfPackage(INFRA)
            .should().dependOnClassesThat().resideInAPackage(INFRA);

    static final ArchRule INFRA_ASSEMBLES_THE_MODULES_THROUGH_THEIR_APIS = noClasses()
            .that().resideInAPackage(INFRA)
            .should().dependOnClassesThat(resideInAnyPackage(APPRAISAL, LEARNING)
                    .and(not(resideInAnyPackage(APPRAISAL_API, LEARNING_API))));

    private ModuleRules() {
    }
}
