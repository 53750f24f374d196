package dev.heartwood.infra.planted;

import org.springframework.web.bind.annotation.GetMapping;

/** A violation planted for {@code EndpointRulesTest}: an endpoint that does not say who it serves. */
public class EndpointWithoutARule {

    @GetMapping("/api/everything")
    public String everything() {
        return "everything";
    }
}
