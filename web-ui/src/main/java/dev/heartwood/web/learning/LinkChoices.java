package dev.heartwood.web.learning;

import dev.heartwood.reporting.api.CpdActivityView;
import dev.heartwood.reporting.api.CpdActivityView.LinkKind;
import dev.heartwood.reporting.api.LearningLinkOptionsView;
import dev.heartwood.reporting.api.LearningLinkOptionsView.Option;
import dev.heartwood.web.learning.LearningWords.Choice;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a piece of learning can still be linked to, grouped as the page's list offers it: the reader's objectives,
 * development needs and school priorities for the year it counts in, less what it serves already.
 */
record LinkChoices(List<Group> groups) {

    /** One kind of thing learning serves, with those it can still be linked to. */
    record Group(String label, List<Choice> choices) {
    }

    static LinkChoices notYetLinked(LearningLinkOptionsView options, CpdActivityView learning) {
        Set<UUID> linked = learning.links().stream().map(CpdActivityView.Link::targetId).collect(Collectors.toSet());
        return new LinkChoices(Stream.of(
                        group("Your objectives", LinkKind.OBJECTIVE, options.objectives(), linked),
                        group("Your development needs", LinkKind.DEVELOPMENT_NEED, options.developmentNeeds(), linked),
                        group("Your school's priorities", LinkKind.PRIORITY, options.priorities(), linked))
                .filter(group -> !group.choices().isEmpty())
                .toList());
    }

    /** Whether there is nothing left to link to (public: the page reads it). */
    public boolean isEmpty() {
        return groups.isEmpty();
    }

    private static Group group(String label, LinkKind kind, List<Option> options, Set<UUID> linked) {
        return new Group(label, options.stream()
                .filter(option -> !linked.contains(option.id()))
                .map(option -> new Choice(new LinkForm.Target(kind, option.id()).toString(), option.label(), null))
                .toList());
    }
}
