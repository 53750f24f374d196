package dev.heartwood.reporting.api;

import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.kernel.TrustId;

/**
 * Asks for a page of a trust's schools, by name, as its leaders and HR find them; answered with a {@code ReportPage}
 * of {@link SchoolView}.
 *
 * @param type only the schools of this type, or {@code null} for all
 */
public record TrustSchoolsQuery(TrustId trustId, SchoolType type, int page, int size) {
}
