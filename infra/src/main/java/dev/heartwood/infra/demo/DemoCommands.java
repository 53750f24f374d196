package dev.heartwood.infra.demo;

import dev.heartwood.kernel.ActorRole;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends the demo's commands through Axon's command gateway, as an administrator loading a trust's records: each
 * with the metadata the web layer gives a caller's commands. A command a school's diary holds that is refused is
 * counted by command and code rather than thrown, so that the rest of the demo is still built, and said in the log.
 */
final class DemoCommands {

    /** The administrator who loads the demo: an actor of their own, no member of staff. */
    static final UUID ADMINISTRATOR = UUID.fromString("0d3e3f4a-5c2b-4e1d-9a7f-6b8c9d0e1f2a");

    private final CommandGateway gateway;
    private final LongAdder sent = new LongAdder();
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();

    DemoCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** A command for the trust as a whole, answered with what its handler returns; a refusal is thrown. */
    <R> R send(Object command) {
        R answer = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(metadata(null)));
        sent.increment();
        return answer;
    }

    /** Records a school's diary, its commands with the school in their metadata. */
    Diary.Recorder forSchool(SchoolId schoolId) {
        Map<String, String> metadata = metadata(schoolId);
        return (day, command) -> {
            try {
                gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
                sent.increment();
            } catch (RuntimeException refused) {
                String code = refused instanceof DomainRuleViolation rule ? rule.getErrorCode().code()
                        : refused.getClass().getSimpleName();
                refusals.computeIfAbsent(command.getClass().getSimpleName() + " " + code, key -> new LongAdder())
                        .increment();
            }
        };
    }

    long sent() {
        return sent.sum();
    }

    /** Each kind of refusal (the command and the code) with how often it happened. */
    Map<String, Long> refusals() {
        Map<String, Long> counted = new TreeMap<>();
        refusals.forEach((kind, count) -> counted.put(kind, count.sum()));
        return counted;
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
