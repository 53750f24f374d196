package dev.heartwood.infra.admin;

import dev.heartwood.reporting.api.admin.EvictParkedSequence;
import dev.heartwood.reporting.api.admin.ParkedEvents;
import dev.heartwood.reporting.api.admin.ParkedEventsQuery;
import dev.heartwood.reporting.api.admin.ProcessorStatus;
import dev.heartwood.reporting.api.admin.ProcessorsQuery;
import dev.heartwood.reporting.api.admin.RebuildReadModel;
import dev.heartwood.reporting.api.admin.Retried;
import dev.heartwood.reporting.api.admin.RetryParkedSequence;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The processors' administration as messages, for the administration page, which cannot see the application: the
 * same replays and dead letters the administration endpoints use.
 */
@Component
class ProcessorAdministration {

    private final Replays replays;
    private final DeadLetters deadLetters;

    ProcessorAdministration(Replays replays, DeadLetters deadLetters) {
        this.replays = replays;
        this.deadLetters = deadLetters;
    }

    @QueryHandler
    List<ProcessorStatus> handle(ProcessorsQuery query) {
        return replays.status();
    }

    @QueryHandler
    List<ParkedEvents> handle(ParkedEventsQuery query) {
        return deadLetters.listAll();
    }

    @CommandHandler
    void handle(RebuildReadModel command) {
        replays.replay(command.processor());
    }

    @CommandHandler
    Retried handle(RetryParkedSequence command) {
        return deadLetters.retry(command.processor(), command.sequenceId());
    }

    @CommandHandler
    void handle(EvictParkedSequence command) {
        deadLetters.evict(command.processor(), command.sequenceId());
    }
}
