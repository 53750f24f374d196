package dev.heartwood.appraisal;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One cache per aggregate type, so that commands need not re-read an aggregate's events. Not shared between
 * types: identifiers are chosen by clients, and a shared cache could hand the school repository a staff member
 * cached under the same identifier.
 */
@Configuration(proxyBeanMethods = false)
class AggregateCaches {

    @Bean
    Cache trustCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache schoolCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache staffMemberCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache appraisalCycleCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache appraisalCache() {
        return new WeakReferenceCache();
    }
}
