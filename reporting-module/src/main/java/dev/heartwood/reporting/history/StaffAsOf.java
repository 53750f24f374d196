package dev.heartwood.reporting.history;

import dev.heartwood.appraisal.api.AccessGranted;
import dev.heartwood.appraisal.api.AccessRevoked;
import dev.heartwood.appraisal.api.LineManagerAssigned;
import dev.heartwood.appraisal.api.SignInIdentityLinked;
import dev.heartwood.appraisal.api.SignInIdentityUnlinked;
import dev.heartwood.appraisal.api.StaffCategoryChanged;
import dev.heartwood.appraisal.api.StaffDetailsChanged;
import dev.heartwood.appraisal.api.StaffFteChanged;
import dev.heartwood.appraisal.api.StaffMemberLeft;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.appraisal.api.StaffRoleAssigned;
import dev.heartwood.appraisal.api.StaffRoleRemoved;
import dev.heartwood.kernel.IgnoresEvents;
import dev.heartwood.reporting.api.StaffAsOfView;
import org.axonframework.eventhandling.EventMessage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/** Folds a member of staff's events, up to an instant, into their record as it then stood; no clock, no database. */
@IgnoresEvents({
        // who may open the record, and with which sign-in, is not part of the record as the school keeps it
        AccessGranted.class, AccessRevoked.class, SignInIdentityLinked.class, SignInIdentityUnlinked.class
})
final class StaffAsOf {

    private UUID staffId;
    private UUID schoolId;
    private String externalId;
    private String name;
    private String email;
    private String category;
    private final TreeSet<String> roles = new TreeSet<>();
    private BigDecimal fte;
    private UUID lineManagerId;
    private LocalDate startDate;
    private LocalDate leftOn;

    private StaffAsOf() {
    }

    /** Empty when the person had not been registered by {@code at}. */
    static Optional<StaffAsOfView> at(Instant at, List<? extends EventMessage<?>> history) {
        List<EventMessage<?>> recorded = RecordedUpTo.events(history, at);
        StaffAsOf staff = new StaffAsOf();
        recorded.forEach(event -> staff.apply(event.getPayload()));
        if (staff.staffId == null) {
            return Optional.empty();
        }
        return Optional.of(new StaffAsOfView(staff.staffId, at, RecordedUpTo.lastRecorded(recorded), staff.schoolId,
                staff.externalId, staff.name, staff.email, staff.category, List.copyOf(staff.roles), staff.fte,
                staff.lineManagerId, staff.startDate, staff.leftOn));
    }

    private void apply(Object event) {
        if (event instanceof StaffMemberRegistered registered) {
            staffId = registered.staffId().value();
            schoolId = registered.schoolId().value();
            externalId = registered.externalId();
            name = registered.name().text();
            email = registered.email().text();
            category = registered.category().name();
            fte = registered.fte();
            startDate = registered.startDate();
        } else if (event instanceof StaffDetailsChanged details) {
            name = details.name().text();
            email = details.email().text();
        } else if (event instanceof StaffCategoryChanged changed) {
            category = changed.category().name();
        } else if (event instanceof StaffFteChanged changed) {
            fte = changed.fte();
        } else if (event instanceof StaffRoleAssigned assigned) {
            roles.add(assigned.role().name());
        } else if (event instanceof StaffRoleRemoved removed) {
            roles.remove(removed.role().name());
        } else if (event instanceof LineManagerAssigned assigned) {
            lineManagerId = assigned.lineManagerId().value();
        } else if (event instanceof StaffMemberLeft left) {
            leftOn = left.leftOn();
        }
    }
}
