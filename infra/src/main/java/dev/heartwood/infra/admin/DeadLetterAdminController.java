package dev.heartwood.infra.admin;

import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.reporting.api.admin.ParkedEvents;
import dev.heartwood.reporting.api.admin.Retried;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The events a processor has parked because a handler failed on them, for administrators. */
@RestController
@Tag(name = "Administration")
@RequestMapping("/api/admin/processors/{name}/dead-letters")
class DeadLetterAdminController {

    private final DeadLetters deadLetters;

    DeadLetterAdminController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Operation(summary = "The events a processor has parked, by sequence (aggregate), with why the first failed")
    @Allowed({})
    @GetMapping
    ParkedEvents list(@PathVariable String name) {
        return deadLetters.list(name);
    }

    @Operation(summary = "Try every parked sequence again, once the fault is mended")
    @Allowed({})
    @PostMapping("/retry")
    Retried retryAll(@PathVariable String name) {
        return deadLetters.retryAll(name);
    }

    @Operation(summary = "Try one parked sequence again, in order, until an event fails")
    @Allowed({})
    @PostMapping("/{sequenceId}/retry")
    Retried retry(@PathVariable String name, @PathVariable String sequenceId) {
        return deadLetters.retry(name, sequenceId);
    }

    @Operation(summary = "Give up a parked sequence: its events are dropped and its read model never sees them "
            + "(until the processor is replayed)")
    @Allowed({})
    @DeleteMapping("/{sequenceId}")
    ResponseEntity<Void> evict(@PathVariable String name, @PathVariable String sequenceId) {
        deadLetters.evict(name, sequenceId);
        return ResponseEntity.noContent().build();
    }
}
