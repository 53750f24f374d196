package dev.heartwood.appraisal.directory;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A cache per aggregate type: identifiers are chosen by clients, so a cache shared between types could hand the
 * school repository a staff member cached under the same identifier.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryCaches {

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
}
