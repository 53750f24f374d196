package dev.heartwood.infra.admin;

import dev.heartwood.kernel.web.Allowed;
import dev.heartwood.reporting.api.admin.ProcessorStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Event processors for administrators: where each stands, and a replay that rebuilds a read model. */
@RestController
@Tag(name = "Administration")
@RequestMapping("/api/admin/processors")
class ProcessorAdminController {

    private final Replays replays;

    ProcessorAdminController(Replays replays) {
        this.replays = replays;
    }

    @Operation(summary = "Every event processor: running, position, how far behind, and a replay's progress")
    @Allowed({})
    @GetMapping
    List<ProcessorStatus> status() {
        return replays.status();
    }

    @Operation(summary = "Rebuild a read model: reset its processor and replay every event (administrators)")
    @Allowed({})
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/{name}/replay")
    ResponseEntity<Void> replay(@PathVariable String name) {
        replays.replay(name);
        return ResponseEntity.accepted().build();
    }
}
