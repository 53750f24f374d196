package dev.heartwood.infra.axon;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.util.stream.Stream;

/**
 * Axon's JDBC storage engine, except that it does not look for a snapshot before loading an aggregate. No
 * aggregate here has a snapshot trigger, so the snapshot table stays empty, and the look cost every command that
 * missed the aggregate cache a query. An aggregate is always rebuilt from its events, which is what a snapshot
 * would only have shortened.
 */
final class EventStoreWithoutSnapshots extends JdbcEventStorageEngine {

    EventStoreWithoutSnapshots(Builder builder) {
        super(builder);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }
}
