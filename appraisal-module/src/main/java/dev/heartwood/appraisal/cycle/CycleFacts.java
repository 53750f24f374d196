package dev.heartwood.appraisal.cycle;

import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StandardsFramework;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.SchoolId;

import java.util.Map;
import java.util.Optional;

/** What an appraisal takes from its cycle when it starts. */
public record CycleFacts(CycleId cycleId, SchoolId schoolId, AcademicYear academicYear, PayPolicy payPolicy,
                         Map<StaffCategory, StandardsFramework> frameworks, int maxObjectives) {

    public Optional<StandardsFramework> frameworkFor(StaffCategory category) {
        return Optional.ofNullable(frameworks.get(category));
    }
}
