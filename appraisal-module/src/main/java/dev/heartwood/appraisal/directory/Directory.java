package dev.heartwood.appraisal.directory;

import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;

import java.util.Optional;

/**
 * What command handlers may ask of the directory before they decide. Kept consistent with every command that
 * has been accepted, because it is written in the same transaction as the events ({@link DirectoryLookup}).
 */
public interface Directory {

    boolean schoolExists(SchoolId schoolId);

    /** The school whose staff the person belongs to, or empty for someone not in the directory. */
    Optional<SchoolId> schoolOf(StaffId staffId);
}
