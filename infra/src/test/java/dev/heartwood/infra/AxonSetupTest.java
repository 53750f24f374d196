package dev.heartwood.infra;

import dev.heartwood.infra.axon.ReadModelTransactions;
import org.axonframework.common.transaction.TransactionManager;

import dev.heartwood.appraisal.api.AppraisalLookups;
import org.axonframework.common.Registration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.AnnotatedHandlerInspector;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.axonframework.messaging.timeout.UnitOfWorkTimeoutInterceptor;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The Axon decisions of DESIGN §2, as the running application has them. */
@HeartwoodIntegrationTest
class AxonSetupTest {

    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    Serializer generalSerializer;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    @Qualifier("messageSerializer")
    Serializer messageSerializer;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    Environment environment;
    @Autowired
    QueryBus queryBus;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionManager transactions;
    @Autowired
    ApplicationContext context;
    @Autowired
    org.axonframework.config.Configuration axon;

    @Test
    void eachQueryReadsOneSnapshotAndWritesNothing() throws Exception {
        Registration probe = queryBus.subscribe("transaction-probe", String.class, query -> jdbc.sql(
                        "SELECT current_setting('transaction_isolation') || ', read only ' "
                                + "|| current_setting('transaction_read_only')")
                .query(String.class).single());
        try {
            assertThat(queryGateway.query("transaction-probe", "", String.class).get())
                    .isEqualTo("repeatable read, read only on");
        } finally {
            probe.cancel();
        }
    }

    @Test
    void eventsAndTokensLiveInPostgresThroughJdbc() {
        assertThat(storageEngine).isInstanceOf(JdbcEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(JdbcTokenStore.class);
    }

    @Test
    void anAggregateIsLoadedFromItsEventsWithoutAskingForASnapshot() {
        String aggregate = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO snapshotevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                                        payloadtype, payload, metadata, timestamp)
                        VALUES (?, 7, 'Appraisal', ?, 'java.lang.String', convert_to('"a snapshot"', 'UTF8'),
                                convert_to('{}', 'UTF8'), '2026-07-15T00:00:00Z')""")
                .params(aggregate, UUID.randomUUID().toString())
                .update();
        try {
            assertThat(storageEngine.readSnapshot(aggregate)).isEmpty();
        } finally {
            jdbc.sql("DELETE FROM snapshotevententry WHERE aggregateidentifier = ?").param(aggregate).update();
        }
    }

    @Test
    void readModelsCommitWithoutWaitingForTheDiskWhileCommandsWait() {
        String setting = "SELECT current_setting('synchronous_commit')";
        AtomicReference<String> readModel = new AtomicReference<>();
        AtomicReference<String> command = new AtomicReference<>();

        new ReadModelTransactions(transactions, jdbc).executeInTransaction(
                () -> readModel.set(jdbc.sql(setting).query(String.class).single()));
        transactions.executeInTransaction(() -> command.set(jdbc.sql(setting).query(String.class).single()));

        assertThat(readModel).hasValue("off");
        assertThat(command).hasValue("on");
    }

    @Test
    void handlersRunWithoutAxonsTimeLimits() throws ClassNotFoundException {
        Class<?> timeLimited = Class.forName("org.axonframework.messaging.timeout.TimeoutWrappedMessageHandlingMember");
        List<MessageHandlingMember<? super TimeProbe>> handlers = AnnotatedHandlerInspector
                .inspectType(TimeProbe.class, axon.parameterResolverFactory(), axon.handlerDefinition(TimeProbe.class))
                .getHandlers(TimeProbe.class).toList();

        assertThat(handlers).isNotEmpty()
                .allSatisfy(handler -> assertThat(handler.unwrap(timeLimited)).isEmpty());
        assertThat(context.getBeanNamesForType(HandlerTimeoutHandlerEnhancerDefinition.class)).isEmpty();
        assertThat(processing.eventProcessor("appraisal-summary").orElseThrow().getHandlerInterceptors())
                .noneMatch(UnitOfWorkTimeoutInterceptor.class::isInstance);
    }

    @ProcessingGroup("time-probe")
    static class TimeProbe {
        @EventHandler
        void on(String event) {
        }
    }

    @Test
    void everySerializerIsJackson() {
        assertThat(generalSerializer).isInstanceOf(JacksonSerializer.class);
        assertThat(eventSerializer).isInstanceOf(JacksonSerializer.class);
        assertThat(messageSerializer).isInstanceOf(JacksonSerializer.class);
    }

    @Test
    void projectionsArePooledWithDeadLettersWhileTheWriteSidesLookupsRunInTheCommandsTransaction() {
        assertThat(processing.eventProcessor("appraisal-summary")).containsInstanceOf(PooledStreamingEventProcessor.class);
        assertThat(processing.eventProcessor("directory")).containsInstanceOf(PooledStreamingEventProcessor.class);
        assertThat(processing.deadLetterQueue("appraisal-summary")).isPresent();
        assertThat(processing.eventProcessor(AppraisalLookups.PROCESSING_GROUP))
                .containsInstanceOf(SubscribingEventProcessor.class);
        assertThat(processing.deadLetterQueue(AppraisalLookups.PROCESSING_GROUP)).isEmpty();
    }

    @Test
    void eachProcessorsStreamIsSplitIntoTwoSegmentsWhenItFirstStarts() {
        assertThat(environment.getProperty("heartwood.processing.segments", Integer.class)).isEqualTo(2);
        assertThat(tokenStore.fetchSegments("appraisal-summary")).containsExactlyInAnyOrder(0, 1);
        assertThat(tokenStore.fetchSegments("directory")).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void theVendorsUpdateCheckerIsOffAndAxonServerIsNotUsed() {
        assertThat(environment.getProperty("axon.update-check.disabled", Boolean.class)).isTrue();
        assertThat(environment.getProperty("axon.axonserver.enabled", Boolean.class)).isFalse();
        assertThat(System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED")).isEqualTo("true");
    }
}
