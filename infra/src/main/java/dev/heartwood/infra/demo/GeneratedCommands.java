package dev.heartwood.infra.demo;

import dev.heartwood.kernel.DomainRuleViolation;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends a generated trust's commands through Axon's command gateway, as the web layer does, with the metadata a
 * caller's commands carry. A refusal of a command dated in a school's diary is counted by command and code, with
 * the first one's day and message, rather than thrown: the rest of the trust is still built, and the refusals are
 * reported.
 */
public final class GeneratedCommands {

    private final CommandGateway gateway;
    private final LongAdder sent = new LongAdder();
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
    private final Map<String, String> examples = new ConcurrentHashMap<>();

    public GeneratedCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Sends a command dated {@code day}; a refusal is counted. */
    public void send(LocalDate day, Object command, Map<String, ?> metadata) {
        try {
            answer(command, metadata);
        } catch (RuntimeException refused) {
            String code = refused instanceof DomainRuleViolation rule ? rule.getErrorCode().code()
                    : refused.getClass().getSimpleName();
            String kind = command.getClass().getSimpleName() + " " + code;
            refusals.computeIfAbsent(kind, k -> new LongAdder()).increment();
            examples.putIfAbsent(kind, day + ": " + refused.getMessage());
        }
    }

    /** Sends a command and answers with what its handler returns; a refusal is thrown. */
    public <R> R answer(Object command, Map<String, ?> metadata) {
        R answer = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
        sent.increment();
        return answer;
    }

    public long sent() {
        return sent.sum();
    }

    /** Each kind of refusal (the command and the code) with how often it happened and the first one. */
    public Map<String, String> refusals() {
        Map<String, String> report = new TreeMap<>();
        refusals.forEach((kind, count) -> report.put(kind, count.sum() + " × (" + examples.get(kind) + ")"));
        return report;
    }
}
