package dev.heartwood.infra.demo;

import dev.heartwood.kernel.RequirementId;

import java.util.Map;

/** A trust's standard training requirements by their keys in the standard set, as adopting it answered. */
public record StandardRequirements(Map<String, RequirementId> byKey) {

    public StandardRequirements {
        byKey = Map.copyOf(byKey);
    }

    public RequirementId get(String key) {
        RequirementId requirement = byKey.get(key);
        if (requirement == null) {
            throw new IllegalStateException("the standard set has no requirement " + key);
        }
        return requirement;
    }
}
