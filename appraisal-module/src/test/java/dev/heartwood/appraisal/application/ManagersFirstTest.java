package dev.heartwood.appraisal.application;

import dev.heartwood.appraisal.api.StaffCategory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ManagersFirstTest {

    private static StaffRow row(int line, String externalId, String lineManagerExternalId) {
        return new StaffRow(line, externalId, "Name " + externalId, externalId + "@oakfield.sch.uk",
                StaffCategory.TEACHER, Set.of(), LocalDate.of(2020, 9, 1), BigDecimal.ONE, lineManagerExternalId,
                null);
    }

    private static List<String> externalIds(List<StaffRow> rows) {
        return rows.stream().map(StaffRow::externalId).toList();
    }

    @Test
    void putsEachLineManagerBeforeTheRowsTheyManageAndKeepsTheFileOrderOtherwise() {
        ManagersFirst order = ManagersFirst.of(List.of(
                row(2, "teacher-1", "phase-lead"),
                row(3, "ta-1", null),
                row(4, "phase-lead", "deputy"),
                row(5, "teacher-2", "phase-lead"),
                row(6, "deputy", "head"),
                row(7, "head", null),
                row(8, "teacher-3", "someone-already-on-the-staff")));

        assertThat(externalIds(order.rows())).containsExactly(
                "head", "deputy", "phase-lead", "teacher-1", "ta-1", "teacher-2", "teacher-3");
        assertThat(order.loops()).isEmpty();
    }

    @Test
    void setsAsideTheRowsOfALoopButNotTheRowsTheyManage() {
        ManagersFirst order = ManagersFirst.of(List.of(
                row(2, "teacher", "a"),
                row(3, "a", "b"),
                row(4, "b", "c"),
                row(5, "c", "a"),
                row(6, "self-managed", "self-managed"),
                row(7, "head", null)));

        assertThat(order.loops()).hasSize(2);
        assertThat(externalIds(order.loops().get(0))).containsExactly("a", "b", "c");
        assertThat(externalIds(order.loops().get(1))).containsExactly("self-managed");
        assertThat(externalIds(order.rows())).containsExactly("teacher", "head");
    }

    @Test
    void ordersALongChainWithoutDeepRecursion() {
        List<StaffRow> chain = new ArrayList<>();
        for (int line = 2; line < 20_002; line++) {
            chain.add(row(line, "p" + line, line == 20_001 ? null : "p" + (line + 1)));
        }

        assertThat(ManagersFirst.of(chain).rows().get(0).externalId()).isEqualTo("p20001");
    }
}
