package dev.heartwood.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Pages anyone may read without signing in, which show nothing of a school's records. They are plain views rather
 * than controller methods: a controller method of Heartwood's serves only the people its {@code @Allowed} rule
 * names, and only after sign-in. The security configuration lets these paths through unsigned.
 */
@Configuration(proxyBeanMethods = false)
class PublicPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        // before signing in too: someone whom a problem keeps from signing in needs it most
        registry.addViewController("/accessibility").setViewName("accessibility");
        registry.addViewController("/login").setViewName("sign-in");
    }
}
