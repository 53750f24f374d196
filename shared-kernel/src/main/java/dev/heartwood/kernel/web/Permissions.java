package dev.heartwood.kernel.web;

import java.util.UUID;

/**
 * Whether the person looking at a page would be admitted to an endpoint with these audiences for a record: so that a
 * page offers only the links and buttons its reader may use. It asks the same access policy that guards every
 * endpoint ({@link Allowed}), which still decides when the link is followed.
 */
public interface Permissions {

    /** @param recordId any record the access policy knows: an appraisal, a person, a piece of learning, a school... */
    boolean allows(UUID recordId, Audience... audiences);

    /**
     * The same for an endpoint that shows a person's appraisal ({@link Allowed#appraisal()}), such as their objectives
     * over the years: a headteacher's own is kept from the staff they line-manage.
     */
    boolean allowsAppraisal(UUID recordId, Audience... audiences);
}
