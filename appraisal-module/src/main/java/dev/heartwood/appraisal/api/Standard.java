package dev.heartwood.appraisal.api;

/** One standard of a framework, such as "TS1" of the Teachers' Standards. */
public record Standard(String code, String title) {
}
