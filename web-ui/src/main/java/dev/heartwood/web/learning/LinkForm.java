package dev.heartwood.web.learning;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.ErrorCode;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.learning.api.LinkCpdToDevelopmentNeed;
import dev.heartwood.learning.api.LinkCpdToObjective;
import dev.heartwood.learning.api.LinkCpdToSchoolPriority;
import dev.heartwood.learning.api.UnlinkCpdFromDevelopmentNeed;
import dev.heartwood.learning.api.UnlinkCpdFromObjective;
import dev.heartwood.learning.api.UnlinkCpdFromSchoolPriority;
import dev.heartwood.reporting.api.CpdActivityView.LinkKind;
import jakarta.validation.constraints.NotNull;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One link between a piece of learning and what it serves, to make or to take back: an objective, a development
 * need or a school priority.
 */
record LinkForm(@NotNull(message = "Choose what the learning serves") Target target) {

    /** A refused link is shown beside the list it was chosen from. */
    static final Map<ErrorCode, String> REFUSED_FIELDS = LinkAnswers.REFUSED_FIELDS.keySet().stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), code -> "target"));

    /**
     * What a link is to, written in a form as {@code KIND:identifier} (Spring reads it back with {@link #valueOf}, which
     * it finds only when public).
     */
    record Target(LinkKind kind, UUID id) {

        public static Target valueOf(String text) {
            int colon = text.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("not a link's target");
            }
            return new Target(LinkKind.valueOf(text.substring(0, colon)), UUID.fromString(text.substring(colon + 1)));
        }

        @Override
        public String toString() {
            return kind + ":" + id;
        }
    }

    static LinkForm blank() {
        return new LinkForm(null);
    }

    Object linkCommand(CpdActivityId activityId) {
        UUID id = target.id();
        return switch (target.kind()) {
            case OBJECTIVE -> new LinkCpdToObjective(activityId, new ObjectiveId(id));
            case DEVELOPMENT_NEED -> new LinkCpdToDevelopmentNeed(activityId, new DevelopmentNeedId(id));
            case PRIORITY -> new LinkCpdToSchoolPriority(activityId, new PriorityId(id));
        };
    }

    Object unlinkCommand(CpdActivityId activityId) {
        UUID id = target.id();
        return switch (target.kind()) {
            case OBJECTIVE -> new UnlinkCpdFromObjective(activityId, new ObjectiveId(id));
            case DEVELOPMENT_NEED -> new UnlinkCpdFromDevelopmentNeed(activityId, new DevelopmentNeedId(id));
            case PRIORITY -> new UnlinkCpdFromSchoolPriority(activityId, new PriorityId(id));
        };
    }
}
