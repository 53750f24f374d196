package dev.heartwood.infra.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the generator built, as far as the measurements need it: the trust, its schools with their staff now,
 * every appraisal, those still under way, and the safeguarding requirement.
 */
record GeneratedTrust(UUID trustId, Map<UUID, List<UUID>> staffBySchool, List<UUID> appraisals,
                      List<UUID> underWay, UUID safeguardingRequirement) {

    List<UUID> schools() {
        return List.copyOf(staffBySchool.keySet());
    }

    /** Collects what the schools' generator threads report. */
    static final class Builder {

        private final UUID trustId;
        private final UUID safeguardingRequirement;
        private final Map<UUID, List<UUID>> staffBySchool = Collections.synchronizedMap(new LinkedHashMap<>());
        private final List<UUID> appraisals = Collections.synchronizedList(new ArrayList<>());
        private final List<UUID> underWay = Collections.synchronizedList(new ArrayList<>());

        Builder(UUID trustId, UUID safeguardingRequirement) {
            this.trustId = trustId;
            this.safeguardingRequirement = safeguardingRequirement;
        }

        void school(UUID schoolId, List<UUID> staff) {
            staffBySchool.put(schoolId, staff);
        }

        void appraisal(UUID appraisalId) {
            appraisals.add(appraisalId);
        }

        void underWay(UUID appraisalId) {
            underWay.add(appraisalId);
        }

        GeneratedTrust build() {
            return new GeneratedTrust(trustId, Map.copyOf(staffBySchool), List.copyOf(appraisals),
                    List.copyOf(underWay), safeguardingRequirement);
        }
    }
}
