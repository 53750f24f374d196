package dev.heartwood.learning.api;

/** Guskey's five levels at which the impact of professional learning is evaluated, from the first to the last. */
public enum GuskeyLevel {
    /** How the participant felt about the learning. */
    REACTIONS,
    /** What the participant learnt. */
    LEARNING,
    /** How the school supported putting it into practice. */
    ORGANISATIONAL_SUPPORT,
    /** Whether the participant uses what they learnt. */
    USE_OF_NEW_KNOWLEDGE_AND_SKILLS,
    /** What difference it made to pupils. */
    PUPIL_OUTCOMES
}
