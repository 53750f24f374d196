package dev.heartwood.infra.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identifiers in addresses and query parameters are read in one way only: 32 hexadecimal digits in groups of 8, 4, 4,
 * 4 and 12, nothing around them. Spring would trim {@code " 3b4c..."} and Java would read {@code 1-2-3-4-5}; an address
 * the access policy reads one way and a handler another would let a request past the policy (the outside review's
 * padded identifier), so both read identifiers here. Registered after Spring's own converter, so it is asked first.
 */
@Configuration(proxyBeanMethods = false)
public class CanonicalIdentifiers implements WebMvcConfigurer {

    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The identifier, if the text is one in canonical form. */
    public static Optional<UUID> parse(String text) {
        return text != null && CANONICAL.matcher(text).matches() ? Optional.of(UUID.fromString(text))
                : Optional.empty();
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, UUID.class, text -> parse(text).orElseThrow(
                () -> new IllegalArgumentException("not an identifier in canonical form")));
    }
}
