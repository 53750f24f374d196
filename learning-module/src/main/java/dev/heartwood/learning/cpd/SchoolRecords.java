package dev.heartwood.learning.cpd;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What professional learning's rules need to know of the directory and of appraisals before they decide. Kept as
 * current as the appraisal module's own commands, because it is written in their transaction
 * ({@link SchoolRecordsLookup}).
 */
public interface SchoolRecords {

    /**
     * @param startDate their first day at the school
     * @param leftOn    their last day, or {@code null} while they are on the staff
     */
    record StaffOnRecord(StaffId staffId, SchoolId schoolId, StaffCategory category, LocalDate startDate,
                         LocalDate leftOn) {

        public boolean hadLeftBy(LocalDate day) {
            return leftOn != null && leftOn.isBefore(day);
        }
    }

    record ObjectiveOnRecord(ObjectiveId objectiveId, StaffId appraiseeId, boolean withdrawn) {
    }

    boolean schoolExists(SchoolId schoolId);

    Optional<StaffOnRecord> staffMember(StaffId staffId);

    /** Everyone ever registered at the school, leavers included. */
    List<StaffOnRecord> staffOf(SchoolId schoolId);

    Optional<ObjectiveOnRecord> objective(ObjectiveId objectiveId);

    /** The person whose appraisal identified the need. */
    Optional<StaffId> ownerOf(DevelopmentNeedId needId);

    /** The school whose improvement plan has the priority. */
    Optional<SchoolId> schoolOf(PriorityId priorityId);
}
