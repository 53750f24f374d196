package dev.heartwood.infra.architecture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.appraisal.planted.ConcernNoted;
import dev.heartwood.appraisal.planted.StaffMemberNicknamed;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.learning.planted.CpdActivityArchived;
import dev.heartwood.reporting.planted.ProjectionIgnoringWhatItHandles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event is placed by every reader of the records it belongs to, carries what the audit log reads out of it,
 * and keeps its confidential text and pay where the redaction of histories finds them; each check is shown to fail
 * on an event or a reader planted in the test sources (which the production check does not import).
 */
class EventRegistryTest {

    private static List<JavaClass> production;

    @BeforeAll
    static void importProductionClasses() {
        production = List.copyOf(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.heartwood"));
    }

    @Test
    void findsTheEventsOfEveryModuleAndEveryKindOfReader() {
        EventRegistry registry = new EventRegistry(production);
        assertThat(registry.events()).contains(StaffMemberRegistered.class, AppraisalStarted.class)
                .anyMatch(event -> event.getPackageName().equals("dev.heartwood.learning.api"));
        assertThat(registry.readers()).extracting(EventRegistry.Reader::name).contains(
                "TimelineEntries", "AppraisalAsOf", "StaffAsOf", "the audit-log processor", "the directory processor",
                "the completion-tracker processor", "the access processor", "the appraisal-lookups processor",
                "the learning-lookups processor", "the appraisal-policies processor");
        // a table names its events, an as-of view tests for them, a projection has a handler for each
        assertThat(registry.reader("TimelineEntries").handled()).contains(StaffMemberRegistered.class);
        assertThat(registry.reader("StaffAsOf").handled()).contains(StaffMemberRegistered.class);
        assertThat(registry.reader("the directory processor").handled()).contains(StaffMemberRegistered.class);
        assertThat(registry.reader("the audit-log processor").handlesEverything()).isTrue();
    }

    @Test
    void everyReaderPlacesEveryEventOfTheRecordsItFollows() {
        assertThat(new EventRegistry(production).unplaced()).isEmpty();
    }

    @Test
    void aNewEventMustBePlacedByEveryReaderOfItsRecord() {
        List<String> unplaced = new EventRegistry(withPlanted(StaffMemberNicknamed.class)).unplaced();

        assertThat(unplaced).contains(
                "TimelineEntries neither handles nor ignores StaffMemberNicknamed, an event of the record its StaffId "
                        + "names",
                "StaffAsOf neither handles nor ignores StaffMemberNicknamed, an event of the record its StaffId names",
                "the directory processor neither handles nor ignores StaffMemberNicknamed, an event of the record its "
                        + "StaffId names",
                "the access processor neither handles nor ignores StaffMemberNicknamed, an event of the record its "
                        + "StaffId names");
        assertThat(unplaced).noneMatch(problem -> problem.startsWith("AppraisalAsOf"));
    }

    @Test
    void aReaderMayNeitherIgnoreWhatItHandlesNorIgnoreWhatIsNoEvent() {
        List<String> unplaced = new EventRegistry(withPlanted(ProjectionIgnoringWhatItHandles.class)).unplaced();

        assertThat(unplaced).contains(
                "ProjectionIgnoringWhatItHandles handles StaffMemberLeft and says it ignores it",
                "ProjectionIgnoringWhatItHandles ignores java.lang.String, not an event",
                "ProjectionIgnoringWhatItHandles neither handles nor ignores StaffMemberRegistered, an event of the "
                        + "record its StaffId names");
    }

    @Test
    void theAuditLogReadsTheSchoolOrTrustAndTheReasonOfEveryEvent() {
        assertThat(new EventRegistry(production).unreadableByTheAuditLog()).isEmpty();
        // the fields it reads are written as the text it reads them from
        ObjectMapper json = new ObjectMapper();
        UUID id = UUID.randomUUID();
        assertThat(json.valueToTree(new SchoolId(id)).textValue()).isEqualTo(id.toString());
        assertThat(json.valueToTree(new TrustId(id)).textValue()).isEqualTo(id.toString());
        assertThat(json.valueToTree(PersonalText.of("Moved to another school")).textValue())
                .isEqualTo("Moved to another school");
    }

    @Test
    void anEventTheAuditLogCannotPlaceIsCaught() {
        assertThat(new EventRegistry(withPlanted(CpdActivityArchived.class)).unreadableByTheAuditLog()).containsExactly(
                "CpdActivityArchived names neither its school (SchoolId schoolId) nor its trust (TrustId trustId)",
                "CpdActivityArchived has a reason of type List, which the audit log cannot read as text");
    }

    @Test
    void theRedactionFindsEveryEventsConfidentialTextAndPay() {
        assertThat(new EventRegistry(production).unredactable()).isEmpty();
    }

    @Test
    void confidentialTextTheRedactionWouldMissIsCaught() {
        assertThat(new EventRegistry(withPlanted(ConcernNoted.class)).unredactable()).containsExactly(
                "ConcernNoted is declared in dev.heartwood.appraisal.planted, not in a module's api package, where the "
                        + "redaction finds events",
                "ConcernNoted keeps concern on its StaffId's record, whose history is not redacted",
                "ConcernNoted may be written in confidence but keeps detail as PersonalText",
                "ConcernNoted keeps confidential text inside witness, where the redaction does not look");
    }

    @Test
    void whatIsPlantedIsNoBeanSoTheApplicationNeverRunsIt() {
        Stream.of(StaffMemberNicknamed.class, CpdActivityArchived.class, ConcernNoted.class,
                        ProjectionIgnoringWhatItHandles.class)
                .forEach(planted -> assertThat(AnnotatedElementUtils.hasAnnotation(planted, Component.class))
                        .as(planted.getSimpleName()).isFalse());
    }

    private static List<JavaClass> withPlanted(Class<?> planted) {
        return Stream.concat(production.stream(), new ClassFileImporter().importClasses(planted).stream()).toList();
    }
}
