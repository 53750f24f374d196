package dev.heartwood.infra.benchmark;

import dev.heartwood.infra.demo.GeneratedCommands;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.LocalDate;
import java.util.Map;

/**
 * Sends the generator's commands through Axon's command gateway ({@link GeneratedCommands}), each on the school day
 * it is dated: the simulated clock shows that day to the command's handlers. A refusal is counted, not thrown: the
 * generator goes on, and the benchmark reports what was refused.
 */
final class Recorder {

    private final GeneratedCommands commands;
    private final SimulatedClock clock;

    Recorder(CommandGateway gateway, SimulatedClock clock) {
        this.commands = new GeneratedCommands(gateway);
        this.clock = clock;
    }

    void send(LocalDate day, Object command, Map<String, ?> metadata) {
        clock.recordOn(day);
        try {
            commands.send(day, command, metadata);
        } finally {
            clock.stopRecording();
        }
    }

    long sent() {
        return commands.sent();
    }

    /** Each kind of refusal with how often it happened and the first one's message. */
    Map<String, String> refusals() {
        return commands.refusals();
    }
}
