package dev.heartwood.appraisal.appraisal;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The appraisal repository's own cache (see {@code DirectoryCaches} for why it is not shared). */
@Configuration(proxyBeanMethods = false)
class AppraisalCaching {

    @Bean
    Cache appraisalCache() {
        return new WeakReferenceCache();
    }
}
