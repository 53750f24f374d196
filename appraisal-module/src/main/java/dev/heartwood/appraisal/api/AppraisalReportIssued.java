package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The written appraisal report; {@code payRecommendation} is {@code null} where the pay policy asks for none. */
@Revision("1")
public record AppraisalReportIssued(AppraisalId appraisalId, SchoolId schoolId, PersonalText summary,
                                    PayRecommendation payRecommendation, @HappenedOn LocalDate issuedOn) {
}
