package dev.heartwood.infra.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.heartwood.appraisal.planted.AggregateSendingACommand;
import dev.heartwood.appraisal.planted.AppraisalReadingAReport;
import dev.heartwood.appraisal.planted.FileRefusedWithAStatus;
import dev.heartwood.infra.planted.InfraReachingIntoTheDirectory;
import dev.heartwood.infra.planted.InfraReadingAReportsTables;
import dev.heartwood.kernel.planted.KernelUsingSpring;
import dev.heartwood.learning.planted.AggregateRecordingCpdInBulk;
import dev.heartwood.learning.planted.LearningReachingIntoTheDirectory;
import dev.heartwood.learning.planted.RequirementForAnAudience;
import dev.heartwood.reporting.api.planted.QueryNamingItsHandler;
import dev.heartwood.reporting.planted.ReportingReachingIntoTheDirectory;
import dev.heartwood.reporting.planted.ReportingShowingAPage;
import dev.heartwood.reporting.planted.ReportingUsingInfra;
import dev.heartwood.web.planted.PageAskingAReportsBean;
import dev.heartwood.web.planted.PageReachingIntoTheDirectory;
import dev.heartwood.web.planted.PageReadingATable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The module rules hold for the production code, and each rule is shown to fire on a violation planted in the
 * test sources (which the production check does not import).
 */
class ModuleRulesTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.heartwood");
    }

    @Test
    void theProductionCodeOfEveryModuleIsImported() {
        assertThat(production.containPackage("dev.heartwood.kernel")).isTrue();
        assertThat(production.containPackage("dev.heartwood.appraisal.api")).isTrue();
        assertThat(production.containPackage("dev.heartwood.learning")).isTrue();
        assertThat(production.containPackage("dev.heartwood.reporting.appraisal")).isTrue();
        assertThat(production.containPackage("dev.heartwood.reporting.api")).isTrue();
        assertThat(production.containPackage("dev.heartwood.web")).isTrue();
        assertThat(production.containPackage("dev.heartwood.infra")).isTrue();
    }

    @Test
    void theKernelDependsOnNothingOfOursNorOnAFramework() {
        ModuleRules.KERNEL_DEPENDS_ON_NOTHING_OF_OURS_NOR_ON_FRAMEWORKS.check(production);
        assertFiresOn(ModuleRules.KERNEL_DEPENDS_ON_NOTHING_OF_OURS_NOR_ON_FRAMEWORKS, KernelUsingSpring.class);
    }

    @Test
    void theAppraisalModuleDependsOnlyOnTheKernel() {
        ModuleRules.APPRAISAL_DEPENDS_ONLY_ON_THE_KERNEL.check(production);
        assertFiresOn(ModuleRules.APPRAISAL_DEPENDS_ONLY_ON_THE_KERNEL, AppraisalReadingAReport.class);
    }

    @Test
    void theLearningModuleSeesOnlyTheAppraisalApi() {
        ModuleRules.LEARNING_SEES_ONLY_THE_APPRAISAL_API.check(production);
        assertFiresOn(ModuleRules.LEARNING_SEES_ONLY_THE_APPRAISAL_API, LearningReachingIntoTheDirectory.class);
    }

    @Test
    void theReportingModuleSeesOnlyTheWriteModulesApis() {
        ModuleRules.REPORTING_SEES_ONLY_THE_WRITE_MODULES_APIS.check(production);
        assertFiresOn(ModuleRules.REPORTING_SEES_ONLY_THE_WRITE_MODULES_APIS,
                ReportingReachingIntoTheDirectory.class);
    }

    @Test
    void theReportingApiStandsOnItsOwn() {
        ModuleRules.THE_REPORTING_API_STANDS_ON_ITS_OWN.check(production);
        assertFiresOn(ModuleRules.THE_REPORTING_API_STANDS_ON_ITS_OWN, QueryNamingItsHandler.class);
    }

    @Test
    void theWriteModulesSpeakHttpOnlyInTheirWebPackages() {
        ModuleRules.THE_WRITE_MODULES_SPEAK_HTTP_ONLY_IN_THEIR_WEB_PACKAGES.check(production);
        assertFiresOn(ModuleRules.THE_WRITE_MODULES_SPEAK_HTTP_ONLY_IN_THEIR_WEB_PACKAGES,
                FileRefusedWithAStatus.class);
    }

    @Test
    void onlyTheWebSideUsesTheKernelsWebPackage() {
        ModuleRules.ONLY_THE_WEB_SIDE_USES_THE_KERNELS_WEB_PACKAGE.check(production);
        assertFiresOn(ModuleRules.ONLY_THE_WEB_SIDE_USES_THE_KERNELS_WEB_PACKAGE, RequirementForAnAudience.class);
    }

    @Test
    void theAggregatesSendNoCommandsAndUseNoApplicationService() {
        ArchRule rule = ModuleRules.THE_AGGREGATES_SEND_NO_COMMANDS_AND_USE_NO_APPLICATION_SERVICE;
        rule.check(production);
        assertFiresOn(rule, AggregateSendingACommand.class);
        assertFiresOn(rule, AggregateRecordingCpdInBulk.class);
    }

    @Test
    void noModuleDependsOnInfra() {
        ModuleRules.NO_MODULE_DEPENDS_ON_INFRA.check(production);
        assertFiresOn(ModuleRules.NO_MODULE_DEPENDS_ON_INFRA, ReportingUsingInfra.class);
    }

    @Test
    void thePagesSeeOnlyTheKernelAndTheModulesApis() {
        ArchRule rule = ModuleRules.THE_PAGES_SEE_ONLY_THE_KERNEL_AND_THE_MODULES_APIS;
        rule.check(production);
        assertFiresOn(rule, PageReachingIntoTheDirectory.class);
        assertFiresOn(rule, PageReadingATable.class);
        assertFiresOn(rule, PageAskingAReportsBean.class);
    }

    @Test
    void noModuleDependsOnThePages() {
        ModuleRules.NO_MODULE_DEPENDS_ON_THE_PAGES.check(production);
        assertFiresOn(ModuleRules.NO_MODULE_DEPENDS_ON_THE_PAGES, ReportingShowingAPage.class);
    }

    @Test
    void infraUsesTheModulesOnlyThroughTheirApis() {
        ModuleRules.INFRA_ASSEMBLES_THE_MODULES_THROUGH_THEIR_APIS.check(production);
        assertFiresOn(ModuleRules.INFRA_ASSEMBLES_THE_MODULES_THROUGH_THEIR_APIS,
                InfraReachingIntoTheDirectory.class);
        assertFiresOn(ModuleRules.INFRA_ASSEMBLES_THE_MODULES_THROUGH_THEIR_APIS, InfraReadingAReportsTables.class);
    }

    private static void assertFiresOn(ArchRule rule, Class<?> plantedViolation) {
        JavaClasses planted = new ClassFileImporter().importClasses(plantedViolation);
        assertThatThrownBy(() -> rule.check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(plantedViolation.getSimpleName());
    }
}
