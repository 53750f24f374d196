package dev.heartwood.infra.demo;

import dev.heartwood.appraisal.api.AddSchoolPriority;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/** School improvement priorities of the kind English schools set themselves, three a year. */
public final class Priorities {

    private static final List<String> TITLES = List.of("Reading for pleasure in every classroom",
            "Attendance and belonging", "Adaptive teaching for pupils with SEND",
            "Curriculum sequencing in the foundation subjects", "Staff wellbeing and workload",
            "Oracy across the curriculum", "Behaviour and routines");
    private static final int EACH_YEAR = 3;

    private Priorities() {
    }

    /**
     * A school's priorities for a year, added in the week before it starts; {@code turn} varies them from one school
     * and year to the next.
     */
    public static List<PriorityId> addedFor(SchoolId schoolId, AcademicYear year, int turn, Ids ids, Diary diary) {
        List<PriorityId> priorities = new ArrayList<>();
        LocalDate day = year.firstDay(Month.SEPTEMBER).minusDays(5);
        for (int i = 0; i < EACH_YEAR; i++) {
            PriorityId priority = new PriorityId(ids.next());
            priorities.add(priority);
            diary.on(day, new AddSchoolPriority(schoolId, priority, year, TITLES.get((turn + i) % TITLES.size())));
        }
        return priorities;
    }
}
