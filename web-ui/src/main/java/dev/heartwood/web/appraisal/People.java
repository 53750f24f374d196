package dev.heartwood.web.appraisal;

import dev.heartwood.kernel.StaffId;
import dev.heartwood.reporting.api.StaffMemberQuery;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.reporting.api.StaffMembersQuery;
import dev.heartwood.web.Queries;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The names of the people one page speaks of, each asked of the directory once. */
public final class People {

    private static final String NOT_IN_THE_DIRECTORY = "Someone not in the directory";

    private final Queries queries;
    private final Map<UUID, String> names = new HashMap<>();

    public People(Queries queries) {
        this.queries = queries;
    }

    /** Asks the directory for the names of all these people at once, rather than one by one as each is spoken of. */
    public People knowing(Collection<UUID> staffIds) {
        Set<StaffId> asked = staffIds.stream().filter(Objects::nonNull).filter(id -> !names.containsKey(id))
                .map(StaffId::new).collect(Collectors.toSet());
        if (!asked.isEmpty()) {
            queries.list(new StaffMembersQuery(asked), StaffMemberView.class)
                    .forEach(person -> names.put(person.staffId(), person.name()));
            asked.forEach(id -> names.putIfAbsent(id.value(), NOT_IN_THE_DIRECTORY));
        }
        return this;
    }

    /** Their name, or a word saying the directory does not (yet) have it. */
    public String nameOf(UUID staffId) {
        if (staffId == null) {
            return "No one";
        }
        return names.computeIfAbsent(staffId, id -> queries.one(new StaffMemberQuery(new StaffId(id)),
                StaffMemberView.class).map(StaffMemberView::name).orElse(NOT_IN_THE_DIRECTORY));
    }
}
