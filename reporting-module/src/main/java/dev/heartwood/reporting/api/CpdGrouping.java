package dev.heartwood.reporting.api;

/** How the rows of the CPD hours and spend report are grouped. */
public enum CpdGrouping {
    PERSON("a.staff_id::text", "coalesce(s.name, a.staff_id::text)",
            "LEFT JOIN staff_view s ON s.staff_id = a.staff_id", "label, key"),
    TYPE("a.type", "a.type", "", "key"),
    /**
     * Learning linked to two priorities counts in both rows, so the rows may add up to more than the whole;
     * learning linked to none has a row of its own without a key.
     */
    PRIORITY("l.target_id::text", "coalesce(p.title, 'No school priority')", """
            LEFT JOIN learning_report_activity_link l ON l.activity_id = a.activity_id AND l.kind = 'PRIORITY'
            LEFT JOIN learning_report_priority p ON p.priority_id = l.target_id""", "key IS NULL, label, key"),
    TERM("a.term", "initcap(a.term)", "", "array_position(ARRAY['AUTUMN', 'SPRING', 'SUMMER'], key)"),
    SCHOOL("a.school_id::text", "coalesce(sv.name, a.school_id::text)",
            "LEFT JOIN school_view sv ON sv.school_id = a.school_id", "label, key");

    public final String key;
    public final String label;
    public final String joins;
    public final String order;

    CpdGrouping(String key, String label, String joins, String order) {
        this.key = key;
        this.label = label;
        this.joins = joins;
        this.order = order;
    }
}
