package dev.heartwood.learning.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The answer to a POST that created something: 201 with the new resource's address. */
final class Created {

    private Created() {
    }

    static ResponseEntity<Void> at(String path, Object... variables) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(path)
                        .buildAndExpand(variables)
                        .toUri())
                .build();
    }
}
