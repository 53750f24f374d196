package dev.heartwood.learning.api;

import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrainingRecordId;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Each person has one training record. Its identifier is derived from theirs rather than equal to it, because the
 * person's own identifier already names their aggregate in the directory.
 */
public final class TrainingRecords {

    private TrainingRecords() {
    }

    public static TrainingRecordId of(StaffId staffId) {
        return new TrainingRecordId(UUID.nameUUIDFromBytes(("heartwood-training-record:" + staffId)
                .getBytes(StandardCharsets.UTF_8)));
    }
}
