package dev.heartwood.web.staff;

import dev.heartwood.appraisal.api.AppraisalErrorCode;
import dev.heartwood.kernel.ErrorCode;

import java.util.Map;

/**
 * The changes a school's leaders and HR make to a person's record, each a form of its own under the record's address,
 * with the field beside which each of the directory's refusals is shown. A refusal of no field in particular (the
 * person has left) is shown above the form.
 */
enum StaffChange {
    DETAILS("details", "Correct name and e-mail address",
            Map.of(AppraisalErrorCode.EMAIL_ALREADY_USED, "email")),
    CATEGORY("category", "Change staff category", Map.of()),
    FTE("fte", "Change full-time equivalent (FTE)", Map.of()),
    ROLES("roles", "Change roles", Map.of()),
    LINE_MANAGER("line-manager", "Change line manager", Map.of(
            AppraisalErrorCode.LINE_MANAGER_NOT_FOUND, "lineManagerId",
            AppraisalErrorCode.LINE_MANAGER_IS_SELF, "lineManagerId",
            AppraisalErrorCode.LINE_MANAGER_HAS_LEFT, "lineManagerId",
            AppraisalErrorCode.LINE_MANAGEMENT_CYCLE, "lineManagerId")),
    LEAVING("leaving", "Record leaving", Map.of(AppraisalErrorCode.LEAVE_BEFORE_START, "leaveDate"));

    /** The last part of the form's address, and the name of its part of {@code staff/change.html}. */
    final String path;
    /** The form's heading. */
    final String title;
    private final Map<ErrorCode, String> fields;

    StaffChange(String path, String title, Map<ErrorCode, String> fields) {
        this.path = path;
        this.title = title;
        this.fields = fields;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    /** The field a refusal is about, or {@code null} for the form as a whole. */
    String fieldOf(ErrorCode refusal) {
        return fields.get(refusal);
    }
}
