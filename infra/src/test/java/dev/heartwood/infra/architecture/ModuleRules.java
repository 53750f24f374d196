package dev.heartwood.infra.architecture;

import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;

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
    private static final String REPORTING_API = "dev.heartwood.reporting.api..";
    private static final String WEB = "dev.heartwood.web..";
    private static final String INFRA = "dev.heartwood.infra..";
    /** A module's controllers, the only classes of a write module that know it is reached over HTTP. */
    private static final String A_MODULES_WEB = "..web..";
    private static final String[] HTTP = {"org.springframework.web..", "org.springframework.http.."};
    private static final String KERNEL_WEB = "dev.heartwood.kernel.web..";
    /** A write module's services that send many commands for one request, such as a bulk change or an import. */
    private static final String A_MODULES_APPLICATION = "..application..";
    private static final String INFRA_SECURITY = "dev.heartwood.infra.security..";

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

    /**
     * reporting's api is what the pages and infra use of it, so it stands on its own: a query message or a result
     * row that named a handler, a projection or a table would let them in through it.
     */
    static final ArchRule THE_REPORTING_API_STANDS_ON_ITS_OWN = noClasses()
            .that().resideInAPackage(REPORTING_API)
            .should().dependOnClassesThat(resideInAPackage(REPORTING).and(not(resideInAPackage(REPORTING_API))));

    /**
     * A write module refuses what it is sent with its own error codes, which the web edge turns into problems: only
     * its controllers speak HTTP. (reporting's controllers sit beside the queries they answer, in its feature
     * packages.)
     */
    static final ArchRule THE_WRITE_MODULES_SPEAK_HTTP_ONLY_IN_THEIR_WEB_PACKAGES = noClasses()
            .that().resideInAnyPackage(APPRAISAL, LEARNING)
            .and().resideOutsideOfPackage(A_MODULES_WEB)
            .should().dependOnClassesThat().resideInAnyPackage(HTTP);

    /**
     * Who may call an endpoint, and who is looking at a page, are the HTTP side's business: the modules' {@code web}
     * packages, the pages, reporting's controllers (which sit beside their queries) and the security that applies the
     * rules. Aggregates, events, commands and queries never name them.
     */
    static final ArchRule ONLY_THE_WEB_SIDE_USES_THE_KERNELS_WEB_PACKAGE = noClasses()
            .that().resideOutsideOfPackages(A_MODULES_WEB, INFRA_SECURITY)
            .and().areNotMetaAnnotatedWith(Controller.class)
            .should().dependOnClassesThat().resideInAPackage(KERNEL_WEB);

    /**
     * A write module's packages other than its api, its web and its application services hold its aggregates and
     * the rules and lookups they decide with. They decide on one command at a time, and send none: whatever sends
     * many (a bulk change, an import, a policy that reacts to an event) is an application service, and the
     * aggregates do not use it.
     */
    static final ArchRule THE_AGGREGATES_SEND_NO_COMMANDS_AND_USE_NO_APPLICATION_SERVICE = noClasses()
            .that().resideInAnyPackage(APPRAISAL, LEARNING)
            .and().resideOutsideOfPackages(APPRAISAL_API, LEARNING_API, A_MODULES_WEB, A_MODULES_APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(A_MODULES_APPLICATION,
                    "org.axonframework.commandhandling.gateway..");

    static final ArchRule NO_MODULE_DEPENDS_ON_INFRA = noClasses()
            .that().resideOutsideOfPackage(INFRA)
            .should().dependOnClassesThat().resideInAPackage(INFRA);

    /**
     * The pages are a client like any other: they send the modules' commands through the command gateway and ask
     * the query API's queries through the query gateway, and never read a table, a projection or a module's beans.
     */
    static final ArchRule THE_PAGES_SEE_ONLY_THE_KERNEL_AND_THE_MODULES_APIS = classes()
            .that().resideInAPackage(WEB)
            .should().onlyDependOnClassesThat(resideInAnyPackage(WEB, KERNEL, APPRAISAL_API, LEARNING_API,
                    REPORTING_API, "java..", "org.springframework..", "org.thymeleaf..", "com.fasterxml.jackson..",
                    "jakarta.servlet..", "jakarta.validation..", "jakarta.annotation..",
                    "org.axonframework.commandhandling.gateway..", "org.axonframework.queryhandling..",
                    "org.axonframework.messaging.responsetypes..")
                    .and(not(resideInAnyPackage("org.springframework.jdbc..", "org.springframework.transaction.."))));

    static final ArchRule NO_MODULE_DEPENDS_ON_THE_PAGES = noClasses()
            .that().resideOutsideOfPackage(WEB)
            .should().dependOnClassesThat().resideInAPackage(WEB);

    /**
     * infra wires the modules' beans by scanning and reads their public faces only: the write modules' commands and
     * events, and reporting's query messages and rows and the contract its rebuilds keep with the projections
     * ({@code reporting.api.rebuild}).
     */
    static final ArchRule INFRA_ASSEMBLES_THE_MODULES_THROUGH_THEIR_APIS = noClasses()
            .that().resideInAPackage(INFRA)
            .should().dependOnClassesThat(resideInAnyPackage(APPRAISAL, LEARNING, REPORTING)
                    .and(not(resideInAnyPackage(APPRAISAL_API, LEARNING_API, REPORTING_API))));

    private ModuleRules() {
    }
}
