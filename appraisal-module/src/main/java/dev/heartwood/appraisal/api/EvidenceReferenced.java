package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.ConfidentialText;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** A reference to evidence of progress; its text is only for the parties when it is {@code confidential}. */
@Revision("1")
public record EvidenceReferenced(AppraisalId appraisalId, SchoolId schoolId, UUID evidenceId,
                                 ConfidentialText description, ConfidentialText reference, boolean confidential,
                                 @HappenedOn LocalDate referencedOn) {
}
