package dev.heartwood.web;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ErrorCode;
import dev.heartwood.reporting.api.ReportPage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * How the pages ask reporting's query API (its {@code api} package says what each message is answered with): one
 * record, a list, or a page of a list. The API's endpoints ask the same queries, so a page and the API always agree;
 * the pages read nothing else.
 */
@Component
public class Queries {

    private final QueryGateway gateway;

    public Queries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    /** The record a query asks for, whose handler answers an optional one. */
    public <V> Optional<V> one(Object query, Class<V> type) {
        return gateway.query(query, ResponseTypes.optionalInstanceOf(type)).join();
    }

    /** The record, or the error page's {@code notFound} refusal when there is none. */
    public <V> V one(Object query, Class<V> type, ErrorCode notFound) {
        return one(query, type).orElseThrow(() -> new DomainRuleViolation(notFound,
                "Nothing is known by that identifier"));
    }

    /** What a query is always answered with. */
    public <V> V answer(Object query, Class<V> type) {
        return gateway.query(query, ResponseTypes.instanceOf(type)).join();
    }

    /** The rows of a query answered with a list. */
    public <V> List<V> list(Object query, Class<V> rowType) {
        return gateway.query(query, ResponseTypes.multipleInstancesOf(rowType)).join();
    }

    /**
     * A page of a list. Its handler answers a raw {@code ReportPage}: Axon matches a handler by the plain class of
     * what it answers, not by its type arguments.
     */
    @SuppressWarnings("unchecked")
    public <T extends Record> ReportPage<T> page(Object query, Class<T> rowType) {
        return gateway.query(query, ResponseTypes.instanceOf(ReportPage.class)).join();
    }
}
