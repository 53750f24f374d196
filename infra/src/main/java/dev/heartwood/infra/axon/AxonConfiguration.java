package dev.heartwood.infra.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heartwood.appraisal.api.AppraisalLookups;
import dev.heartwood.infra.security.AccessDirectory;
import dev.heartwood.learning.api.LearningLookups;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import java.time.Clock;
import java.util.Set;

/**
 * Axon on PostgreSQL without Axon Server: the JDBC event store, token store and dead-letter queue come from
 * Axon's auto-configuration (no JPA on the classpath); this class sets what its defaults get wrong for us.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /** The write-side lookups and the access tables, which must be as current as the commands they serve (ADR 1). */
    static final Set<String> IN_COMMAND_TRANSACTION = Set.of(AppraisalLookups.PROCESSING_GROUP,
            LearningLookups.PROCESSING_GROUP, AccessDirectory.PROCESSING_GROUP);

    private static final int SHARED_EVENTS = 1_000;

    /** The one ObjectMapper: Spring MVC and Axon's serializers (the bean name is how Axon finds it). */
    @Bean("defaultAxonObjectMapper")
    @Primary
    ObjectMapper objectMapper(Jackson2ObjectMapperBuilder spring) {
        return spring.build();
    }

    /**
     * Axon's JDBC token store, with the name under which this instance claims segments: the JVM's (its process id
     * and host), as Axon's own, unless {@code heartwood.processing.node-name} gives one; two instances in one JVM
     * would otherwise both take every segment as their own.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer,
                          @Value("${heartwood.processing.node-name:}") String nodeName) {
        JdbcTokenStore.Builder tokens = JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(TokenSchema.builder().build());
        if (!nodeName.isBlank()) {
            tokens.nodeId(nodeName);
        }
        return tokens.build();
    }

    /** The event store as Axon's auto-configuration makes it, but without the search for a snapshot (no snapshots). */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, PersistenceExceptionResolver exceptions,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration axon,
                                          ConnectionProvider connections, TransactionManager transactions) {
        return new EventStoreWithoutSnapshots(JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(EventSchema.builder().build()));
    }

    /**
     * The event store as Axon's auto-configuration makes it, but sharing the last 1,000 events between the
     * processors' streams instead of 10,000. Each shared event holds its own copy of the stream position, with every
     * gap behind it in the global index (an index taken by an append that rolled back, as a concurrent change's
     * does): after two instances' conflicting load the 10,000 held some 600 gaps each, 480 MiB of the heap
     * (BENCHMARKS.md). A processor further behind than the shared events reads the table itself, as a rebuild does.
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storage, org.axonframework.config.Configuration axon) {
        return EmbeddedEventStore.builder()
                .storageEngine(storage)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .cachedEvents(SHARED_EVENTS)
                .build();
    }

    /** Axon's Micrometer metrics, those watched only ({@link AxonMeters}). */
    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry meters) {
        return new AxonMeters(meters);
    }

    /**
     * PostgreSQL reports a unique violation as SQL state 23505, which Axon's default JDBC resolver does not
     * recognise; without this a concurrent change or a reused identifier would surface as a storage failure.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    /**
     * Axon's query bus, each query in a read-only repeatable-read transaction: one snapshot, so that a report's
     * rows, its total and its freshness agree even while projections apply events between its statements.
     */
    @Bean
    SimpleQueryBus queryBus(org.axonframework.config.Configuration axon, PlatformTransactionManager transactions) {
        DefaultTransactionDefinition snapshot = new DefaultTransactionDefinition();
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        return SimpleQueryBus.builder()
                .messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
                .transactionManager(new SpringTransactionManager(transactions, snapshot))
                .errorHandler(axon.getComponent(QueryInvocationErrorHandler.class,
                        () -> LoggingQueryInvocationErrorHandler.builder().build()))
                .queryUpdateEmitter(axon.getComponent(QueryUpdateEmitter.class))
                .spanFactory(axon.getComponent(QueryBusSpanFactory.class))
                .build();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Every processing group is a pooled streaming processor writing in batches ({@link ReadModelTransactions}), its
     * stream split into {@code heartwood.processing.segments} (two by default: the coordinator measures each
     * segment's queue for every event, and the segments are there to be shared between instances), with a JDBC
     * dead-letter queue: an event its handlers fail on is parked there, and so are the later events of its sequence
     * (the same aggregate, or for the learning reports the same school), while the others go on
     * ({@link ProjectionSavepoints} applies a batch that failed again with a savepoint per handler). The exception is
     * the write side's lookups, which run subscribed in the command's own transaction and must fail it when they fail.
     * Ordered last so that it wins over Axon's per-property dead-letter settings.
     */
    @Bean
    ConfigurerModule eventProcessingDefaults(@Value("${heartwood.processing.batch-size}") int batchSize,
                                             @Value("${heartwood.processing.segments}") int segments,
                                             ConnectionProvider connections, TransactionManager transactions,
                                             JdbcClient jdbc) {
        TransactionManager readModels = new ReadModelTransactions(transactions, jdbc);
        return new ConfigurerModule() {
            @Override
            public void configureModule(org.axonframework.config.Configurer configurer) {
                EventProcessingConfigurer processing = configurer.eventProcessing()
                        .usingPooledStreamingEventProcessors()
                        .registerPooledStreamingEventProcessorConfiguration(
                                (configuration, builder) -> builder.batchSize(batchSize)
                                        // only for a processor without tokens: one that has them keeps its segments
                                        .initialSegmentCount(segments)
                                        .transactionManager(readModels));
                IN_COMMAND_TRANSACTION.forEach(group -> processing
                        .registerSubscribingEventProcessor(group)
                        .registerListenerInvocationErrorHandler(group,
                                configuration -> PropagatingErrorHandler.instance()));
                processing.registerDeadLetterQueueProvider(group -> {
                    if (IN_COMMAND_TRANSACTION.contains(group)) {
                        return null;
                    }
                    // Axon asks for a group's queue before it builds the group's invoker, which reads this
                    processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                            (configuration, invoker) -> invoker
                                    // a replay sees every event again, the parked ones included
                                    .allowReset(true)
                                    // spares a look into the queue for each event while it holds nothing of its
                                    // sequence
                                    .enableSequenceIdentifierCache());
                    return configuration -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                            .processingGroup(group)
                            .connectionProvider(connections)
                            .transactionManager(transactions)
                            .schema(DeadLetterSchema.defaultSchema())
                            .genericSerializer(configuration.serializer())
                            .eventSerializer(configuration.eventSerializer())
                            .build();
                });
            }

            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }
}
