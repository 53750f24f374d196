package dev.heartwood.reporting.api;

/**
 * Asks for a page of the trusts, by name, for an administrator setting Heartwood up; answered with a
 * {@code ReportPage} of {@link TrustView}.
 *
 * @param search only the trusts whose name contains it, whatever the case; {@code null} for all
 */
public record TrustsQuery(String search, int page, int size) {
}
