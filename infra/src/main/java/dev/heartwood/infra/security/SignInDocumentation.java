package dev.heartwood.infra.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells readers of the OpenAPI document (and Swagger UI's Authorize button) how to sign in. */
@Configuration(proxyBeanMethods = false)
class SignInDocumentation {

    private static final String SCHEME = "signIn";

    @Bean
    OpenApiCustomizer signInScheme(SecurityProperties properties) {
        SecurityScheme scheme = properties.singleSignOn()
                ? new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A token from " + properties.oidc().issuer())
                : new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("Local mode: a configured user name and password");
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSecuritySchemes(SCHEME, scheme);
            openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
        };
    }
}
