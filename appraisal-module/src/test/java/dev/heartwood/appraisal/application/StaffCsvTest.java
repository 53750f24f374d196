package dev.heartwood.appraisal.application;

import dev.heartwood.appraisal.api.StaffImports;
import dev.heartwood.kernel.DomainRuleViolation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_FILE_TOO_LARGE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_FILE_UNREADABLE;
import static dev.heartwood.appraisal.application.StaffColumn.CATEGORY;
import static dev.heartwood.appraisal.application.StaffColumn.EMAIL;
import static dev.heartwood.appraisal.application.StaffColumn.EXTERNAL_ID;
import static dev.heartwood.appraisal.application.StaffColumn.FORENAME;
import static dev.heartwood.appraisal.application.StaffColumn.LEAVE_DATE;
import static dev.heartwood.appraisal.application.StaffColumn.LINE_MANAGER;
import static dev.heartwood.appraisal.application.StaffColumn.NAME;
import static dev.heartwood.appraisal.application.StaffColumn.SURNAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffCsvTest {

    private static final String HEADER = "External ID,Name,E-mail,Category,Roles,Start date,FTE,"
            + "Line manager's external ID,Leave date\n";

    @Test
    void readsColumnsByNameInAnyOrderAndCaseSettingOthersAsideByName() {
        StaffCsv.Contents file = StaffCsv.read("""
                fte,POST TITLE,e-mail address,Category,mis id,Full Name,Start Date,
                0.8,Class teacher,a.patel@oakfield.sch.uk,Teacher,T017,Asha Patel,01/09/2025,x
                """);

        assertThat(file.rows()).singleElement().satisfies(row -> {
            assertThat(row.get(EXTERNAL_ID)).isEqualTo("T017");
            assertThat(row.get(NAME)).isEqualTo("Asha Patel");
            assertThat(row.get(EMAIL)).isEqualTo("a.patel@oakfield.sch.uk");
            assertThat(row.get(LINE_MANAGER)).isNull();
        });
        assertThat(file.unusedColumns()).containsExactly("POST TITLE", "column 8 (no name)");
    }

    @Test
    void readsTheHeadersOfCommonMisExportsWithTheNameSplitAndTheLineManagerByTheirStaffCode() {
        StaffCsv.Contents file = StaffCsv.read("""
                Staff Code,Forename,Surname,Email,Staff Type,Employment Start Date,Full-time equivalent,Line Manager,\
                Date Left
                T017,Asha,Patel,a.patel@oakfield.sch.uk,Teacher,01/09/2025,0.8,T001,
                """);

        assertThat(file.unusedColumns()).isEmpty();
        assertThat(file.rows()).singleElement().satisfies(row -> {
            assertThat(row.get(EXTERNAL_ID)).isEqualTo("T017");
            assertThat(row.get(FORENAME)).isEqualTo("Asha");
            assertThat(row.get(SURNAME)).isEqualTo("Patel");
            assertThat(row.get(CATEGORY)).isEqualTo("Teacher");
            assertThat(row.get(LINE_MANAGER)).isEqualTo("T001");
        });
        for (String lineManager : List.of("Line manager ID", "Manager", "Reports to", "Line manager's external ID")) {
            assertThat(StaffCsv.read("Staff code,Name,E-mail,Category,Start date,FTE," + lineManager
                    + "\nT017,Asha Patel,a@b.uk,Teacher,2025-09-01,1,T001\n").rows())
                    .singleElement().satisfies(row -> assertThat(row.get(LINE_MANAGER)).isEqualTo("T001"));
        }
    }

    @Test
    void takesAForenameAndSurnameForANameButNotOneOfThemAlone() {
        assertThatThrownBy(() -> StaffCsv.read("Staff code,Forename,E-mail,Category,Start date,FTE\n"))
                .hasMessageContaining("these are missing: name");
    }

    @Test
    void numbersRowsByTheirLineInTheFileSkippingEmptyLines() {
        List<StaffCsvRow> rows = StaffCsv.read(HEADER
                + "T001,Asha Patel,a.patel@oakfield.sch.uk,Headteacher,DSL,2019-09-01,1,,\r\n"
                + "\r\n"
                + ",,,,,,,,\n"
                + "T002,\"Okafor, Ben\",b.okafor@oakfield.sch.uk,Teacher,,2021-09-01,1,T001,\n"
                + "T003,\"Cara\nLee\",c.lee@oakfield.sch.uk,Teacher,,2021-09-01,1,T001,\n"
                + "T004,Dev Shah,d.shah@oakfield.sch.uk,Teacher\n").rows();

        assertThat(rows).extracting(StaffCsvRow::line).containsExactly(2, 5, 6, 8);
        assertThat(rows.get(1).get(NAME)).isEqualTo("Okafor, Ben");
        assertThat(rows.get(3).get(CATEGORY)).isEqualTo("Teacher");
        assertThat(rows.get(3).get(LEAVE_DATE)).isNull();
    }

    @Test
    void readsFilesSeparatedBySemicolonsOrTabsAndStartingWithAByteOrderMark() {
        assertThat(StaffCsv.read("\uFEFFExternal ID;Name;E-mail;Category;Start date;FTE\nT001;Asha Patel;a@b.uk;"
                + "Teacher;2019-09-01;0.8\n").rows()).singleElement()
                .satisfies(row -> assertThat(row.get(EXTERNAL_ID)).isEqualTo("T001"));
        assertThat(StaffCsv.read("External ID\tName\tE-mail\tCategory\tStart date\tFTE\nT001\tAsha Patel\ta@b.uk\t"
                + "Teacher\t2019-09-01\t1\n").rows()).singleElement()
                .satisfies(row -> assertThat(row.get(NAME)).isEqualTo("Asha Patel"));
    }

    @Test
    void refusesAFileWithoutTheColumnsItNeeds() {
        assertThatThrownBy(() -> StaffCsv.read("T001,Asha Patel,a.patel@oakfield.sch.uk,Teacher,,2019-09-01,1\n"))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refused -> {
                    assertThat(refused.getErrorCode()).isEqualTo(STAFF_FILE_UNREADABLE);
                    assertThat(refused.getMessage()).endsWith(
                            "missing: external id, name, e-mail, category, start date, FTE");
                });
        assertThatThrownBy(() -> StaffCsv.read("")).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> StaffCsv.read("Name,External ID,Name,E-mail,Category,Start date,FTE\n"))
                .hasMessageContaining("'name' is named twice");
    }

    @Test
    void refusesTextThatIsNotCsvNamingTheLine() {
        assertThatThrownBy(() -> StaffCsv.read(HEADER + "T001,\"Asha\" Patel,a@b.uk,Teacher,,2019-09-01,1,,\n"))
                .isInstanceOfSatisfying(DomainRuleViolation.class, refused -> {
                    assertThat(refused.getErrorCode()).isEqualTo(STAFF_FILE_UNREADABLE);
                    assertThat(refused.getMessage()).contains("near line 2");
                });
    }

    @Test
    void refusesMoreRowsThanAnySchoolHas() {
        String row = "T,Asha Patel,a@b.uk,Teacher,,2019-09-01,1,,\n";

        assertThat(StaffCsv.read(HEADER + row.repeat(StaffImports.MOST_ROWS)).rows()).hasSize(StaffImports.MOST_ROWS);
        assertThatThrownBy(() -> StaffCsv.read(HEADER + row.repeat(StaffImports.MOST_ROWS + 1)))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        refused -> assertThat(refused.getErrorCode()).isEqualTo(STAFF_FILE_TOO_LARGE));
    }
}
