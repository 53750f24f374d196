package dev.heartwood.infra.demo;

import java.util.HashSet;
import java.util.Set;

/** The names given so far in the demo trust: no two of its people share one, nor so an address. */
final class PeopleNames {

    private final Set<String> given = new HashSet<>();

    String unused(Ids ids) {
        String name = Names.of(ids);
        while (!given.add(name)) {
            name = Names.of(ids);
        }
        return name;
    }
}
