package dev.heartwood.web.cycle;

import dev.heartwood.appraisal.api.ExemptionReason;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.reporting.api.AppraisalStatus;
import org.springframework.stereotype.Component;

import java.util.List;

/** The cycle pages' words for the api's enums, for templates as {@code @cycleWords}. */
@Component("cycleWords")
public class CycleWords {

    public List<PayPolicy> payPolicies() {
        return List.of(PayPolicy.values());
    }

    public String payPolicy(String name) {
        return payPolicy(PayPolicy.valueOf(name));
    }

    public String payPolicy(PayPolicy policy) {
        return switch (policy) {
            case PERFORMANCE_RELATED -> "Performance-related pay";
            case NOT_PERFORMANCE_RELATED -> "Pay not related to performance";
            case HYBRID -> "Partly performance-related (hybrid)";
        };
    }

    /** What the policy means for the appraisal reports, as a hint beside its choice. */
    public String payPolicyHint(PayPolicy policy) {
        return policy.asksForPayRecommendation() ? "Each appraisal report carries a pay recommendation"
                : "Appraisal reports carry no pay recommendation";
    }

    public String status(String name) {
        return switch (AppraisalStatus.valueOf(name)) {
            case UNDER_WAY -> "Under way";
            case COMPLETED -> "Completed";
            case EXEMPT -> "Exempt";
            case TERMINATED -> "Ended";
        };
    }

    public String exemption(String name) {
        return switch (ExemptionReason.valueOf(name)) {
            case INDUCTION -> "serving induction";
            case CAPABILITY_PROCEDURE -> "a capability procedure runs";
            case CONTRACT_UNDER_ONE_TERM -> "employed for less than a term";
        };
    }
}
