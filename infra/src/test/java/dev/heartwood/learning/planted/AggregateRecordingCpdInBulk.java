package dev.heartwood.learning.planted;

import dev.heartwood.learning.application.BulkCpd;

/** A planted violation: beside the aggregates, a class using an application service. */
public class AggregateRecordingCpdInBulk {

    private final BulkCpd bulk;

    public AggregateRecordingCpdInBulk(BulkCpd bulk) {
        this.bulk = bulk;
    }

    public BulkCpd bulk() {
        return bulk;
    }
}
