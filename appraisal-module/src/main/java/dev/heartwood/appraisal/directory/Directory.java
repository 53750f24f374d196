package dev.heartwood.appraisal.directory;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;

import java.util.List;
import java.util.Optional;

/**
 * What command handlers may ask of the directory before they decide. Kept consistent with every command that
 * has been accepted, because it is written in the same transaction as the events ({@link DirectoryLookup}).
 */
public interface Directory {

    boolean trustExists(TrustId trustId);

    Optional<SchoolFacts> school(SchoolId schoolId);

    Optional<StaffFacts> staffMember(StaffId staffId);

    /** Everyone ever registered at the school, leavers included. */
    List<StaffFacts> staffOf(SchoolId schoolId);

    Optional<StaffId> staffByExternalId(SchoolId schoolId, String externalId);

    /**
     * Who, among the current staff of the school's trust (or of the school, outside a trust), has the address, in its
     * folded form ({@link dev.heartwood.kernel.EmailAddresses#folded}). Current means no leaving date is recorded.
     */
    Optional<StaffId> currentStaffWithAddress(SchoolId schoolId, String foldedAddress);

    boolean priorityExists(SchoolId schoolId, AcademicYear academicYear, PriorityId priorityId);
}
