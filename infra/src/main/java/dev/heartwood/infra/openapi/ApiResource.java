package dev.heartwood.infra.openapi;

import dev.heartwood.appraisal.api.AppraisalErrorCode;
import dev.heartwood.kernel.ErrorCode;
import dev.heartwood.reporting.api.ReportingErrorCode;
import dev.heartwood.learning.api.CpdErrorCode;
import dev.heartwood.learning.api.TrainingErrorCode;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The resources the API is grouped by, in the order a reader meets them (the document's tags; a controller names its
 * resource with {@code @Tag}), with the refusals their operations can answer beside those of the handler's own
 * package: the module that decides the commands they send, or whose records they read.
 */
enum ApiResource {
    DIRECTORY("Directory", "Trusts and schools, their improvement priorities, and their staff: registered one by one "
            + "or imported from the MIS, and changed from a date", AppraisalErrorCode.class),
    APPRAISALS("Appraisals", "A school's appraisal cycle for a year and each person's appraisal in it: objectives, "
            + "agreement, reviews, the report and sign-off; a headteacher's with the governors' panel and the external "
            + "adviser", AppraisalErrorCode.class),
    LEARNING("Learning", "Professional learning (CPD): requested, approved, completed, reflected on and evaluated, "
            + "and linked to objectives, development needs and school priorities", CpdErrorCode.class),
    TRAINING("Training", "Mandatory training: the requirements of a school or trust, and each person's completions, "
            + "exemptions and standing on a day", TrainingErrorCode.class),
    REPORTS("Reports", "What leaders, governors and HR rely on, as JSON or (Accept: text/csv) CSV: appraisal "
            + "completion, training compliance, the DSL register, CPD hours and spend, objectives and learning",
            AppraisalErrorCode.class, ReportingErrorCode.class),
    HISTORY("History", "The record as it was: every event of a record, a person's timeline, a record as it stood at "
            + "an instant, and the audit log", AppraisalErrorCode.class, ReportingErrorCode.class),
    ACCESS("Access", "Who the caller is, the roles granted to staff, the identities they sign in with, and who read "
            + "what", AppraisalErrorCode.class),
    ADMINISTRATION("Administration", "For administrators: the event processors, rebuilding a read model, and the "
            + "events a processor parked");

    private final String tag;
    private final String description;
    private final List<Class<? extends ErrorCode>> refusals;

    @SafeVarargs
    ApiResource(String tag, String description, Class<? extends ErrorCode>... refusals) {
        this.tag = tag;
        this.description = description;
        this.refusals = List.of(refusals);
    }

    String tag() {
        return tag;
    }

    String description() {
        return description;
    }

    List<Class<? extends ErrorCode>> refusals() {
        return refusals;
    }

    static Optional<ApiResource> tagged(String tag) {
        return Arrays.stream(values()).filter(resource -> resource.tag.equals(tag)).findFirst();
    }
}
