package dev.heartwood.web.learning;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.web.Viewer;

/**
 * The staff record under which a reader's own learning and training are kept: the one they act through by default,
 * or else the first of theirs.
 */
final class OwnRecord {

    private OwnRecord() {
    }

    static Viewer.StaffRecord of(Viewer viewer) {
        return viewer.staffRecords().stream()
                .filter(record -> record.staffId().equals(viewer.actorId()))
                .findFirst()
                .or(() -> viewer.staffRecords().stream().findFirst())
                .orElseThrow(() -> new DomainRuleViolation(LearningPageRefusal.NO_STAFF_RECORD,
                        "Only members of staff have learning and training of their own"));
    }
}
