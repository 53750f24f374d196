package dev.heartwood.infra.security;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What a browser may load for an answer of Heartwood's. The API answers data, never a page, so it allows nothing;
 * every other page and asset comes from the application itself, with no inline script (Swagger UI, for
 * administrators, needs inline styles). No page may be framed by another site.
 */
final class ContentSecurity {

    static final String API = "default-src 'none'; frame-ancestors 'none'";
    static final String PAGES = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String SWAGGER_UI = PAGES + "; style-src 'self' 'unsafe-inline'";

    private ContentSecurity() {
    }

    static HeaderWriter policies() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher api = new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/v3/api-docs/**"),
                paths.matcher("/actuator/**"), paths.matcher("/error"));
        RequestMatcher swaggerUi = paths.matcher("/swagger-ui/**");
        return (request, response) -> {
            for (HeaderWriter writer : new HeaderWriter[]{
                    new DelegatingRequestMatcherHeaderWriter(api, new ContentSecurityPolicyHeaderWriter(API)),
                    new DelegatingRequestMatcherHeaderWriter(swaggerUi,
                            new ContentSecurityPolicyHeaderWriter(SWAGGER_UI)),
                    new DelegatingRequestMatcherHeaderWriter(
                            new NegatedRequestMatcher(new OrRequestMatcher(api, swaggerUi)),
                            new ContentSecurityPolicyHeaderWriter(PAGES))}) {
                writer.writeHeaders(request, response);
            }
        };
    }
}
