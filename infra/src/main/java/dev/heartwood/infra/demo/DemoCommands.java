package dev.heartwood.infra.demo;

import dev.heartwood.kernel.ActorRole;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.SchoolId;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The demo's commands as an administrator loading a trust's records sends them ({@link GeneratedCommands}): the
 * trust's own, whose refusal stops the build, and each school's diary, whose refusals are counted and said in the
 * log.
 */
final class DemoCommands {

    /** The administrator who loads the demo: an actor of their own, no member of staff. */
    static final UUID ADMINISTRATOR = UUID.fromString("0d3e3f4a-5c2b-4e1d-9a7f-6b8c9d0e1f2a");

    private final GeneratedCommands commands;

    DemoCommands(GeneratedCommands commands) {
        this.commands = commands;
    }

    /** A command for the trust as a whole, answered with what its handler returns. */
    <R> R send(Object command) {
        return commands.answer(command, metadata(null));
    }

    /** Records a school's diary, its commands with the school in their metadata. */
    Diary.Recorder forSchool(SchoolId schoolId) {
        Map<String, String> metadata = metadata(schoolId);
        return (day, command) -> commands.send(day, command, metadata);
    }

    private static Map<String, String> metadata(SchoolId schoolId) {
        Map<String, String> metadata = new HashMap<>(Map.of(MetadataKeys.ACTOR_ID, ADMINISTRATOR.toString(),
                MetadataKeys.ACTOR_ROLE, ActorRole.ADMINISTRATOR.name(),
                MetadataKeys.TRUST_ID, DemoTrust.ID.value().toString()));
        if (schoolId != null) {
            metadata.put(MetadataKeys.SCHOOL_ID, schoolId.value().toString());
        }
        return metadata;
    }
}
