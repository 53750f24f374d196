package dev.heartwood.infra.axon;

import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One cache per aggregate type, named as the aggregates ask for it ({@code @Aggregate(cache = ...)}), so that
 * commands need not read an aggregate's events again. Not shared between types: identifiers are chosen by
 * clients, and a shared cache could hand the school repository a staff member cached under the same identifier.
 */
@Configuration(proxyBeanMethods = false)
class AggregateCaches {

    private final long entries;

    AggregateCaches(@Value("${heartwood.commands.cached-aggregates}") long entries) {
        this.entries = entries;
    }

    @Bean
    Cache trustCache() {
        return new BoundedCache(entries);
    }

    @Bean
    Cache schoolCache() {
        return new BoundedCache(entries);
    }

    @Bean
    Cache staffMemberCache() {
        return new BoundedCache(entries);
    }

    @Bean
    Cache appraisalCycleCache() {
        return new BoundedCache(entries);
    }

    @Bean
    Cache appraisalCache() {
        return new BoundedCache(entries);
    }

    @Bean
    Cache cpdActivityCache() {
        return new BoundedCache(entries);
    }

    @Bean
    Cache trainingRequirementCache() {
        return new BoundedCache(entries);
    }

    @Bean
    Cache trainingRecordCache() {
        return new BoundedCache(entries);
    }
}
