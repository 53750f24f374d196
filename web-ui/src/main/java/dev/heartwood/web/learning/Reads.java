package dev.heartwood.web.learning;

import dev.heartwood.reporting.api.ReportPage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** How the learning pages ask reporting's query API for what they show. */
@Component
class Reads {

    private final QueryGateway queries;

    Reads(QueryGateway queries) {
        this.queries = queries;
    }

    /** A page of a list, whose handler answers a raw page (Axon matches a handler by the plain class it answers). */
    @SuppressWarnings("unchecked")
    <T extends Record> ReportPage<T> page(Object query) {
        return queries.query(query, ResponseTypes.instanceOf(ReportPage.class)).join();
    }

    /** The one record a query asks for, whose handler answers an optional one. */
    <V> Optional<V> optional(Object query, Class<V> type) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(type)).join();
    }

    /** What a query is always answered with. */
    <V> V one(Object query, Class<V> type) {
        return queries.query(query, ResponseTypes.instanceOf(type)).join();
    }
}
