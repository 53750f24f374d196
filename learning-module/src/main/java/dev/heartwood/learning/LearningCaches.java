package dev.heartwood.learning;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One cache per aggregate type of this module (see the appraisal module's for why they are not shared). */
@Configuration(proxyBeanMethods = false)
class LearningCaches {

    @Bean
    Cache cpdActivityCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache trainingRequirementCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache trainingRecordCache() {
        return new WeakReferenceCache();
    }
}
