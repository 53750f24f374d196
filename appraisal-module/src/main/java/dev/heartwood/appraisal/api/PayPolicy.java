package dev.heartwood.appraisal.api;

/** Whether the cycle's appraisal reports carry a pay recommendation (DfE guidance no longer requires one). */
public enum PayPolicy {
    PERFORMANCE_RELATED,
    NOT_PERFORMANCE_RELATED,
    HYBRID;

    public boolean asksForPayRecommendation() {
        return this != NOT_PERFORMANCE_RELATED;
    }
}
