package dev.heartwood.learning.api;

/** How much impact an evaluation found at its level, from none yet seen to strong. */
public enum ImpactJudgement {
    NOT_YET_EVIDENT,
    EMERGING,
    EVIDENT,
    STRONG
}
