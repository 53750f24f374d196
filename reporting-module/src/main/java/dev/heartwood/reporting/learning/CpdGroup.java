package dev.heartwood.reporting.learning;

import dev.heartwood.reporting.api.CpdGrouping;

/**
 * How the CPD report groups learning one {@link CpdGrouping} way: the group's key and label as SQL over the learning
 * ({@code a}), the joins they need, and the groups' own order, which ends on the key.
 */
record CpdGroup(String key, String label, String joins, String order) {

    static CpdGroup of(CpdGrouping by) {
        return switch (by) {
            case PERSON -> new CpdGroup("a.staff_id::text", "coalesce(s.name, a.staff_id::text)",
                    "LEFT JOIN staff_view s ON s.staff_id = a.staff_id", "label, key");
            case TYPE -> new CpdGroup("a.type", "a.type", "", "key");
            case PRIORITY -> new CpdGroup("l.target_id::text", "coalesce(p.title, 'No school priority')", """
                    LEFT JOIN learning_report_activity_link l ON l.activity_id = a.activity_id AND l.kind = 'PRIORITY'
                    LEFT JOIN learning_report_priority p ON p.priority_id = l.target_id""", "key IS NULL, label, key");
            case TERM -> new CpdGroup("a.term", "initcap(a.term)", "",
                    "array_position(ARRAY['AUTUMN', 'SPRING', 'SUMMER'], key)");
            case SCHOOL -> new CpdGroup("a.school_id::text", "coalesce(sv.name, a.school_id::text)",
                    "LEFT JOIN school_view sv ON sv.school_id = a.school_id", "label, key");
        };
    }
}
