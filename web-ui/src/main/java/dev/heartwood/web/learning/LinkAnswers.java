package dev.heartwood.web.learning;

import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.ErrorCode;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.learning.api.CpdLinks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static dev.heartwood.learning.api.CpdErrorCode.DEVELOPMENT_NEED_NOT_FOUND;
import static dev.heartwood.learning.api.CpdErrorCode.LINK_NEEDS_OWN_DEVELOPMENT_NEED;
import static dev.heartwood.learning.api.CpdErrorCode.LINK_NEEDS_OWN_OBJECTIVE;
import static dev.heartwood.learning.api.CpdErrorCode.OBJECTIVE_NOT_FOUND;
import static dev.heartwood.learning.api.CpdErrorCode.OBJECTIVE_WITHDRAWN;
import static dev.heartwood.learning.api.CpdErrorCode.PRIORITY_NOT_FOUND;

/**
 * What a new piece of learning serves, as a form's checkboxes answer it: the reader's objectives, development needs
 * and school priorities, each field a list of identifiers (none ticked is none).
 */
final class LinkAnswers {

    /** The checkboxes a refused link is shown beside. */
    static final Map<ErrorCode, String> REFUSED_FIELDS = Map.of(
            OBJECTIVE_NOT_FOUND, "objectives", LINK_NEEDS_OWN_OBJECTIVE, "objectives",
            OBJECTIVE_WITHDRAWN, "objectives", DEVELOPMENT_NEED_NOT_FOUND, "developmentNeeds",
            LINK_NEEDS_OWN_DEVELOPMENT_NEED, "developmentNeeds", PRIORITY_NOT_FOUND, "priorities");

    private LinkAnswers() {
    }

    static CpdLinks of(List<UUID> objectives, List<UUID> developmentNeeds, List<UUID> priorities) {
        return new CpdLinks(ids(objectives, ObjectiveId::new), ids(developmentNeeds, DevelopmentNeedId::new),
                ids(priorities, PriorityId::new));
    }

    /** A form's own refusals beside its fields, and a refused link beside the checkboxes it came from. */
    static Map<ErrorCode, String> withTheLinks(Map<ErrorCode, String> formsOwn) {
        Map<ErrorCode, String> fields = new HashMap<>(REFUSED_FIELDS);
        fields.putAll(formsOwn);
        return Map.copyOf(fields);
    }

    private static <T> List<T> ids(List<UUID> ids, Function<UUID, T> type) {
        return ids == null ? List.of() : ids.stream().map(type).toList();
    }
}
