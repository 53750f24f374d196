package dev.heartwood.infra.benchmark;

import java.util.List;
import java.util.Locale;

/** People's names and school e-mail addresses, plausible and made up. */
final class Names {

    private static final List<String> GIVEN = List.of("Asha", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace",
            "Harry", "Isla", "Jamal", "Kate", "Liam", "Maya", "Noah", "Olu", "Priya", "Quinn", "Ruth", "Sam", "Tom",
            "Uma", "Vic", "Will", "Yusuf", "Zara");
    private static final List<String> FAMILY = List.of("Patel", "Okafor", "Smith", "Jones", "Khan", "Williams",
            "Brown", "Taylor", "Ahmed", "Evans", "Nowak", "Hughes", "Murphy", "Singh", "Clarke", "Walker", "Wright",
            "Ali", "Green", "Hall", "Wood", "Edwards", "Shah", "Begum", "Lewis");

    private Names() {
    }

    static String of(Ids ids) {
        return ids.pick(GIVEN) + " " + ids.pick(FAMILY);
    }

    /** A school's address for a person: names repeat in a large school, so the person's number makes it theirs. */
    static String email(String name, int school, int person) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + person
                + "@school%02d.heartwood.example".formatted(school + 1);
    }
}
