package dev.heartwood.infra.security;

import java.util.UUID;

/**
 * The record a request names, as the access policy needs it: where it belongs and whose it is.
 *
 * @param schoolId    {@code null} for a trust, or a requirement set for a whole trust
 * @param ownerId     the person it is about (an appraisee, a member of staff, the owner of a piece of learning)
 * @param appraiserId for an appraisal, its appraiser
 * @param headteacher whether it is a headteacher's appraisal, or a headteacher's own record
 */
record AccessedRecord(Kind kind, UUID id, UUID schoolId, UUID trustId, UUID ownerId, UUID appraiserId,
                      boolean headteacher) {

    enum Kind {
        APPRAISAL,
        /** A piece of learning or a record of mandatory training. */
        LEARNING,
        TRAINING_REQUIREMENT,
        CYCLE,
        STAFF_MEMBER,
        SCHOOL,
        TRUST
    }
}
