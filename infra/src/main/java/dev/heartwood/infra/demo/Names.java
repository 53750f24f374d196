package dev.heartwood.infra.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** People's names and school e-mail addresses: plausible for the staff of an English school, and made up. */
public final class Names {

    private static final List<String> GIVEN = List.of("Amelia", "Olivia", "Isla", "Freya", "Lily", "Grace", "Sophie",
            "Emily", "Chloe", "Hannah", "Rebecca", "Sarah", "Laura", "Rachel", "Helen", "Claire", "Joanne", "Nicola",
            "Priya", "Aisha", "Fatima", "Zainab", "Amara", "Ngozi", "Mei", "Agnieszka", "Siobhan", "Bethan", "Oliver",
            "George", "Harry", "Jack", "Jacob", "Thomas", "James", "Daniel", "Matthew", "Andrew", "David", "Mark",
            "Paul", "Stephen", "Richard", "Ben", "Sam", "Joe", "Luke", "Mohammed", "Omar", "Yusuf", "Imran", "Arjun",
            "Rohan", "Kwame", "Tunde", "Emeka", "Tomasz", "Ciaran", "Rhys", "Callum");
    private static final List<String> FAMILY = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson",
            "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
            "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Ahmed", "Hussain", "Begum", "Ali", "Shah", "Singh",
            "Kaur", "Okafor", "Adeyemi", "Mensah", "Owusu", "Nowak", "Kowalski", "Murphy", "O'Brien", "Kelly",
            "Hughes", "Edwards", "Lewis", "Morgan", "Price", "Bennett", "Harrison", "Chapman", "Fletcher", "Barker",
            "Lawrence", "Chen", "Wong", "Nguyen", "Campbell", "Stewart", "Reid", "Ferguson", "Doherty", "Gallagher",
            "Mitchell", "Turner");

    private Names() {
    }

    public static String of(Ids ids) {
        return ids.pick(GIVEN) + " " + ids.pick(FAMILY);
    }

    /** A school's address for a name: its words in lower case joined by dots, without accents or apostrophes. */
    public static String address(String name, String domain) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").trim().replaceAll(" +", ".")
                + "@" + domain;
    }
}
