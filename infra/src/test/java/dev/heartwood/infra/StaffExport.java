package dev.heartwood.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A large school's staff as its MIS exports them: a head, deputies, phase leaders managing teachers, a business
 * manager managing support staff, governors, some roles and leavers, dates written the UK way and the ISO way,
 * and a payroll column the import ignores. Managers come after the people they manage, so the import has to
 * reorder the rows.
 */
final class StaffExport {

    /** One row; values as the MIS writes them, empty where it leaves them out. */
    record Person(String externalId, String name, String email, String category, String roles, String startDate,
                  String fte, String lineManager, String leaveDate) {

        Person withName(String newName) {
            return new Person(externalId, newName, email, category, roles, startDate, fte, lineManager, leaveDate);
        }

        Person withRoles(String newRoles) {
            return new Person(externalId, name, email, category, newRoles, startDate, fte, lineManager, leaveDate);
        }

        Person withFte(String newFte) {
            return new Person(externalId, name, email, category, roles, startDate, newFte, lineManager, leaveDate);
        }

        Person withLineManager(String newLineManager) {
            return new Person(externalId, name, email, category, roles, startDate, fte, newLineManager, leaveDate);
        }

        Person withLeaveDate(String newLeaveDate) {
            return new Person(externalId, name, email, category, roles, startDate, fte, lineManager, newLeaveDate);
        }

        private String csv() {
            return String.join(",", "\"" + name + "\"", externalId, category, email, startDate, fte, roles,
                    lineManager, leaveDate, "PR-" + externalId);
        }
    }

    private static final String HEADER =
            "Name,External ID,CATEGORY,e-mail,Start Date,fte,Roles,Line Manager's External ID,Leave date,Payroll No";
    private static final String[] FIRST_NAMES = {"Asha", "Ben", "Cara", "Dev", "Ella", "Femi", "Grace", "Harry",
            "Isla", "Jon", "Kai", "Leah", "Mo", "Niamh", "Owen", "Priya", "Rhys", "Sara", "Tom", "Zoë"};
    private static final String[] LAST_NAMES = {"Patel", "Okafor", "Lee", "Shah", "Jones", "O'Neill", "Smith",
            "Khan", "Evans", "Nowak", "Brown", "Adeyemi", "Taylor", "Hughes", "Wilson", "Murphy", "Clarke"};
    private static final String[] FTES = {"1", "0.8", "0.6", "1.0", "0.5", "1"};

    private final List<Person> people;

    private StaffExport(List<Person> people) {
        this.people = List.copyOf(people);
    }

    static StaffExport ofALargeSchool() {
        List<Person> people = new ArrayList<>();
        IntStream.rangeClosed(1, 320).forEach(i -> people.add(teacher(i)));
        IntStream.rangeClosed(1, 160).forEach(i -> people.add(supportStaff(i)));
        IntStream.rangeClosed(1, 10).forEach(i -> people.add(new Person(code("P", i), nameOf(i + 7), emailOf("p", i),
                "Teacher", i == 3 ? "SENCO" : i == 5 ? "Deputy DSL" : "", "1/9/2012", "1", code("D", i % 3 + 1), "")));
        IntStream.rangeClosed(1, 3).forEach(i -> people.add(new Person(code("D", i), nameOf(i + 3), emailOf("d", i),
                "Teacher", i == 1 ? "Deputy DSL|First aider" : "", "2010-09-01", "1", "H001", "")));
        people.add(new Person("B001", "Marion Hughes", "m.hughes@oakfield.sch.uk", "Support staff", "Fire warden",
                "01/04/2016", "1", "H001", ""));
        people.add(new Person("H001", "Ruth Adeyemi", "r.adeyemi@oakfield.sch.uk", "Headteacher", "DSL",
                "01/09/2015", "1", "", ""));
        IntStream.rangeClosed(1, 6).forEach(i -> people.add(new Person(code("G", i), nameOf(i + 11), emailOf("g", i),
                "Governor", "", "2020-09-01", "0.1", "", "")));
        return new StaffExport(people);
    }

    private static Person teacher(int i) {
        String category = i % 15 == 0 ? "ECT" : i % 15 == 1 ? "Early career teacher" : i % 15 == 2 ? "TEACHER" : "Teacher";
        String roles = i % 12 == 0 ? "First aider" : i % 17 == 0 ? "Fire warden; Mental health first aider" : "";
        int startYear = 2005 + i % 20;
        boolean ukDates = i % 2 == 0;
        String started = ukDates ? "01/09/" + startYear : startYear + "-09-01";
        String left = i % 40 == 7 ? (ukDates ? "31/08/2025" : "2025-08-31") : "";
        return new Person(code("T", i), nameOf(i), emailOf("t", i), category, roles, started, FTES[i % FTES.length],
                code("P", i % 10 + 1), left);
    }

    private static Person supportStaff(int i) {
        String roles = i % 5 == 0 ? "Paediatric first aider" : i % 9 == 0 ? "First aider; Mental health first aider" : "";
        return new Person(code("S", i), nameOf(i + 5), emailOf("s", i), i % 2 == 0 ? "Support staff" : "SUPPORT_STAFF",
                roles, "1/1/" + (2010 + i % 15), FTES[(i + 1) % FTES.length], i % 4 == 0 ? code("P", i % 10 + 1) : "B001",
                i % 50 == 3 ? "19/12/2025" : "");
    }

    private static String code(String prefix, int number) {
        return prefix + String.format("%03d", number);
    }

    private static String nameOf(int i) {
        return FIRST_NAMES[i % FIRST_NAMES.length] + " " + LAST_NAMES[(i * 7) % LAST_NAMES.length];
    }

    private static String emailOf(String prefix, int i) {
        return prefix + i + "@oakfield.sch.uk";
    }

    Person person(String externalId) {
        return people.stream().filter(person -> person.externalId().equals(externalId)).findFirst().orElseThrow();
    }

    int size() {
        return people.size();
    }

    /** This export with {@code row} inserted before the row now at {@code index}. */
    StaffExport inserting(int index, Person row) {
        List<Person> changed = new ArrayList<>(people);
        changed.add(index, row);
        return new StaffExport(changed);
    }

    StaffExport adding(Person row) {
        return inserting(people.size(), row);
    }

    /** This export with the row of the same MIS id (the first, if several) replaced. */
    StaffExport replacing(Person row) {
        List<Person> changed = new ArrayList<>(people);
        changed.set(changed.indexOf(person(row.externalId())), row);
        return new StaffExport(changed);
    }

    /** The row's line in the file: the header is line 1. */
    int lineOf(Person row) {
        return people.indexOf(row) + 2;
    }

    String csv() {
        return HEADER + "\r\n" + people.stream()
                .map(Person::csv)
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }
}
