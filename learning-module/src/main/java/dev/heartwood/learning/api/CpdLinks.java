package dev.heartwood.learning.api;

import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PriorityId;

import java.util.List;

/**
 * What a piece of professional learning serves: the person's appraisal objectives, their development needs and
 * their school's improvement priorities. Each list holds an identifier once; a missing list is an empty one.
 */
public record CpdLinks(List<ObjectiveId> objectives, List<DevelopmentNeedId> developmentNeeds,
                       List<PriorityId> priorities) {

    public CpdLinks {
        objectives = objectives == null ? List.of() : objectives.stream().distinct().toList();
        developmentNeeds = developmentNeeds == null ? List.of() : developmentNeeds.stream().distinct().toList();
        priorities = priorities == null ? List.of() : priorities.stream().distinct().toList();
    }

    public static CpdLinks none() {
        return new CpdLinks(List.of(), List.of(), List.of());
    }
}
