package dev.heartwood.infra.benchmark;

import dev.heartwood.kernel.DomainRuleViolation;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends the generator's commands through Axon's command gateway, as the web layer does, each on the school day it
 * is dated, with the metadata an HTTP caller's commands carry. A refusal is counted by command and code, not
 * thrown: the generator goes on, and the benchmark reports what was refused.
 */
final class Recorder {

    private final CommandGateway gateway;
    private final SimulatedClock clock;
    private final LongAdder sent = new LongAdder();
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
    private final Map<String, String> examples = new ConcurrentHashMap<>();

    Recorder(CommandGateway gateway, SimulatedClock clock) {
        this.gateway = gateway;
        this.clock = clock;
    }

    void send(LocalDate day, Object command, Map<String, ?> metadata) {
        clock.recordOn(day);
        try {
            gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metadata));
            sent.increment();
        } catch (RuntimeException refused) {
            String code = refused instanceof DomainRuleViolation rule ? rule.getErrorCode().code()
                    : refused.getClass().getSimpleName();
            String key = command.getClass().getSimpleName() + " " + code;
            refusals.computeIfAbsent(key, k -> new LongAdder()).increment();
            examples.putIfAbsent(key, day + ": " + refused.getMessage());
        } finally {
            clock.stopRecording();
        }
    }

    long sent() {
        return sent.sum();
    }

    /** Each kind of refusal with how often it happened and the first one's message. */
    Map<String, String> refusals() {
        Map<String, String> report = new TreeMap<>();
        refusals.forEach((key, count) -> report.put(key, count.sum() + " × (" + examples.get(key) + ")"));
        return report;
    }
}
