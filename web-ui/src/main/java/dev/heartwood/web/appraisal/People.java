package dev.heartwood.web.appraisal;

import dev.heartwood.kernel.StaffId;
import dev.heartwood.reporting.api.StaffMemberQuery;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.web.Queries;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The names of the people one page speaks of, each asked of the directory once. */
public final class People {

    private final Queries queries;
    private final Map<UUID, String> names = new HashMap<>();

    public People(Queries queries) {
        this.queries = queries;
    }

    /** Their name, or a word saying the directory does not (yet) have it. */
    public String nameOf(UUID staffId) {
        if (staffId == null) {
            return "No one";
        }
        return names.computeIfAbsent(staffId, id -> queries.one(new StaffMemberQuery(new StaffId(id)),
                StaffMemberView.class).map(StaffMemberView::name).orElse("Someone not in the directory"));
    }
}
