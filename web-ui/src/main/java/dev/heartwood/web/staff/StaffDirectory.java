package dev.heartwood.web.staff;

import dev.heartwood.appraisal.api.AppraisalErrorCode;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.reporting.api.SchoolQuery;
import dev.heartwood.reporting.api.SchoolStaffQuery;
import dev.heartwood.reporting.api.SchoolView;
import dev.heartwood.reporting.api.StaffMemberQuery;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.reporting.api.StaffSort;
import dev.heartwood.reporting.api.StaffStatus;
import dev.heartwood.web.Queries;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The directory as the staff pages read it, through reporting's query API. */
@Component
class StaffDirectory {

    /** More people than any school has on its staff. */
    private static final int A_SCHOOL_AT_MOST = 1000;

    private final Queries queries;
    private final Clock clock;

    StaffDirectory(Queries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** A person the access policy has let the reader see, so known to the directory. */
    StaffMemberView person(UUID staffId) {
        return queries.one(new StaffMemberQuery(new StaffId(staffId)), StaffMemberView.class,
                AppraisalErrorCode.STAFF_MEMBER_NOT_FOUND);
    }

    Optional<StaffMemberView> lineManagerOf(StaffMemberView person) {
        return Optional.ofNullable(person.lineManagerId())
                .flatMap(manager -> queries.one(new StaffMemberQuery(new StaffId(manager)),
                        StaffMemberView.class));
    }

    SchoolView school(UUID schoolId) {
        return queries.one(new SchoolQuery(new SchoolId(schoolId)), SchoolView.class,
                AppraisalErrorCode.SCHOOL_NOT_FOUND);
    }

    /** The school's current staff by name: the people who may line-manage someone there. */
    List<StaffMemberView> currentStaff(UUID schoolId) {
        return queries.page(new SchoolStaffQuery(new SchoolId(schoolId), null, null, StaffStatus.CURRENT,
                StaffSort.NAME, SchoolTime.today(clock), 0, A_SCHOOL_AT_MOST), StaffMemberView.class).rows();
    }
}
