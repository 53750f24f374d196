package dev.heartwood.appraisal.api;

import java.util.List;
import java.util.Objects;

/**
 * The standards a person is appraised against and an objective can be linked to. The national frameworks are
 * given here, and a default for support staff, who are appraised against a framework the school or trust names
 * itself where it has one.
 */
public record StandardsFramework(String name, List<Standard> standards) {

    public StandardsFramework {
        Objects.requireNonNull(name, "name");
        standards = List.copyOf(standards);
    }

    /** Teachers' Standards (DfE, 2011): the eight standards of part one and part two. */
    public static final StandardsFramework TEACHERS_STANDARDS_2011 = new StandardsFramework(
            "Teachers' Standards 2011", List.of(
            new Standard("TS1", "Set high expectations which inspire, motivate and challenge pupils"),
            new Standard("TS2", "Promote good progress and outcomes by pupils"),
            new Standard("TS3", "Demonstrate good subject and curriculum knowledge"),
            new Standard("TS4", "Plan and teach well structured lessons"),
            new Standard("TS5", "Adapt teaching to respond to the strengths and needs of all pupils"),
            new Standard("TS6", "Make accurate and productive use of assessment"),
            new Standard("TS7", "Manage behaviour effectively to ensure a good and safe learning environment"),
            new Standard("TS8", "Fulfil wider professional responsibilities"),
            new Standard("PART2", "Personal and professional conduct")));

    /** Headteachers' Standards (DfE, 2020). */
    public static final StandardsFramework HEADTEACHERS_STANDARDS_2020 = new StandardsFramework(
            "Headteachers' Standards 2020", List.of(
            new Standard("HS1", "School culture"),
            new Standard("HS2", "Teaching"),
            new Standard("HS3", "Curriculum and assessment"),
            new Standard("HS4", "Behaviour"),
            new Standard("HS5", "Additional and special educational needs and disabilities"),
            new Standard("HS6", "Professional development"),
            new Standard("HS7", "Organisational management"),
            new Standard("HS8", "School improvement"),
            new Standard("HS9", "Working in partnership"),
            new Standard("HS10", "Governance and accountability")));

    /**
     * Support staff have no national standards: a cycle opened with the defaults appraises them against these
     * broad expectations of any role, which the school replaces with its own framework where it has one.
     */
    public static final StandardsFramework SUPPORT_STAFF_DEFAULT = new StandardsFramework(
            "Support staff expectations (default)", List.of(
            new Standard("SS1", "Carry out the duties of the role well and reliably"),
            new Standard("SS2", "Keep pupils safe and follow the school's policies"),
            new Standard("SS3", "Work well with colleagues, pupils and families"),
            new Standard("SS4", "Personal and professional conduct"),
            new Standard("SS5", "Develop the knowledge and skills the role needs")));

    public boolean includes(String code) {
        return standards.stream().anyMatch(standard -> standard.code().equals(code));
    }
}
