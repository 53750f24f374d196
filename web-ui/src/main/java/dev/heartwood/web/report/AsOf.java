package dev.heartwood.web.report;

import dev.heartwood.reporting.api.Freshness;

/**
 * How fresh a report's figures are, in words for the page: the last event they include, and whether the read model
 * has caught up with every event recorded since or is still catching up.
 */
public record AsOf(long lastEventIndex, long behind) {

    public static AsOf of(Freshness freshness) {
        return new AsOf(freshness.lastEventIndex(), freshness.behind());
    }

    public String words() {
        String asOf = "As of event " + lastEventIndex + "; ";
        if (behind == 0) {
            return asOf + "up to date";
        }
        return asOf + "catching up (" + behind + (behind == 1 ? " event" : " events") + " still to include)";
    }
}
