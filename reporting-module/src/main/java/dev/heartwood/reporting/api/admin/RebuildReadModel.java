package dev.heartwood.reporting.api.admin;

/** Rebuilds a processor's read model: resets the processor and replays every event; answered before it is done. */
public record RebuildReadModel(String processor) {
}
