package dev.heartwood.learning.api;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.kernel.RequirementId;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static dev.heartwood.learning.api.TrainingCategory.DSL_TRAINING;
import static dev.heartwood.learning.api.TrainingCategory.FIRE_SAFETY;
import static dev.heartwood.learning.api.TrainingCategory.FIRST_AID_AT_WORK;
import static dev.heartwood.learning.api.TrainingCategory.PAEDIATRIC_FIRST_AID;
import static dev.heartwood.learning.api.TrainingCategory.PREVENT;
import static dev.heartwood.learning.api.TrainingCategory.SAFEGUARDING_UPDATE;
import static dev.heartwood.learning.api.TrainingCategory.SAFER_RECRUITMENT;

/**
 * The training an English school is expected to require, which {@link AdoptStandardTrainingSet} defines: each
 * requirement's terms by a stable key, and the identifier it has at a school or trust, derived from the two so that
 * adopting the set again finds what it defined before.
 */
public final class EnglishStatutorySet {

    private static final int WARNING = RequirementTerms.DEFAULT_WARNING_DAYS;

    /** The set's requirements by key, in the order they are defined. */
    public static final Map<String, RequirementTerms> REQUIREMENTS = requirements();

    private EnglishStatutorySet() {
    }

    /** @param owner the school or trust that adopts the set */
    public static RequirementId requirementId(UUID owner, String key) {
        return new RequirementId(UUID.nameUUIDFromBytes(
                ("heartwood-standard-requirement:" + owner + ":" + key).getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, RequirementTerms> requirements() {
        Map<String, RequirementTerms> set = new LinkedHashMap<>();
        set.put("safeguarding-update", new RequirementTerms("Safeguarding and child protection update",
                SAFEGUARDING_UPDATE, TrainingAudience.everyone(), 14, 12, 0, WARNING, "KCSIE 2025"));
        set.put("prevent", new RequirementTerms("Prevent duty awareness", PREVENT, TrainingAudience.everyone(),
                14, null, 0, WARNING, "Prevent duty guidance 2023"));
        set.put("dsl", new RequirementTerms("Designated safeguarding lead training", DSL_TRAINING,
                TrainingAudience.holding(StaffRole.DSL), 30, 24, 0, WARNING, "KCSIE 2025"));
        set.put("deputy-dsl", new RequirementTerms("Deputy designated safeguarding lead training", DSL_TRAINING,
                TrainingAudience.holding(StaffRole.DEPUTY_DSL), 30, 24, 0, WARNING, "KCSIE 2025"));
        set.put("first-aid-at-work", new RequirementTerms("First aid at work", FIRST_AID_AT_WORK,
                TrainingAudience.holding(StaffRole.FIRST_AIDER), 30, 36, 0, WARNING,
                "Health and Safety (First-Aid) Regulations 1981"));
        set.put("paediatric-first-aid", new RequirementTerms("Paediatric first aid", PAEDIATRIC_FIRST_AID,
                TrainingAudience.holding(StaffRole.PAEDIATRIC_FIRST_AIDER), 30, 36, 0, WARNING,
                "EYFS statutory framework 2024"));
        set.put("fire-safety", new RequirementTerms("Fire safety awareness", FIRE_SAFETY,
                TrainingAudience.everyone(), 30, 12, 0, WARNING, "Regulatory Reform (Fire Safety) Order 2005"));
        // the headteacher sits on every appointment panel; a school whose other staff recruit defines one for them
        set.put("safer-recruitment", new RequirementTerms("Safer recruitment", SAFER_RECRUITMENT,
                TrainingAudience.inCategory(StaffCategory.HEADTEACHER), 90, 60, 0, WARNING, "KCSIE 2025"));
        return Collections.unmodifiableMap(set);
    }
}
