package dev.heartwood.reporting.planted;

import dev.heartwood.appraisal.api.StaffMemberLeft;
import dev.heartwood.kernel.IgnoresEvents;
import org.axonframework.eventhandling.EventHandler;

/**
 * A planted reader that says it ignores what it handles, and a type that is no event, and leaves the other events
 * of the staff record it follows unplaced.
 */
@IgnoresEvents({StaffMemberLeft.class, String.class})
public class ProjectionIgnoringWhatItHandles {

    @EventHandler
    void on(StaffMemberLeft event) {
        // a planted reader does nothing
    }
}
