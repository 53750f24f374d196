package dev.heartwood.learning.application;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffRole;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.learning.api.AdoptStandardTrainingSet;
import dev.heartwood.learning.api.AdoptedRequirement;
import dev.heartwood.learning.api.DefineTrainingRequirement;
import dev.heartwood.learning.api.RequirementTerms;
import dev.heartwood.learning.api.TrainingAudience;
import dev.heartwood.learning.training.TrainingFacts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.heartwood.learning.api.TrainingCategory.DSL_TRAINING;
import static dev.heartwood.learning.api.TrainingCategory.FIRE_SAFETY;
import static dev.heartwood.learning.api.TrainingCategory.FIRST_AID_AT_WORK;
import static dev.heartwood.learning.api.TrainingCategory.PAEDIATRIC_FIRST_AID;
import static dev.heartwood.learning.api.TrainingCategory.PREVENT;
import static dev.heartwood.learning.api.TrainingCategory.SAFEGUARDING_UPDATE;
import static dev.heartwood.learning.api.TrainingCategory.SAFER_RECRUITMENT;
import static dev.heartwood.learning.api.TrainingErrorCode.SCHOOL_NOT_FOUND;
import static dev.heartwood.learning.api.TrainingErrorCode.TRUST_NOT_FOUND;

/**
 * The training an English school is expected to require, ready to adopt in one command and amend afterwards.
 * Each requirement's identifier is derived from the school (or trust) and a stable key, so adopting the set again
 * creates nothing twice and a requirement the school has since amended or withdrawn is left as it is. Each
 * requirement is defined by a command of its own, sent while the adoption is handled, so it carries the adoption's
 * actor and is recorded in its transaction.
 */
@Component
class StandardTrainingSet {

    private static final Map<String, RequirementTerms> ENGLISH_SCHOOLS = englishSchools();

    private final CommandGateway commands;
    private final TrainingFacts facts;

    StandardTrainingSet(CommandGateway commands, TrainingFacts facts) {
        this.commands = commands;
        this.facts = facts;
    }

    @CommandHandler
    List<AdoptedRequirement> handle(AdoptStandardTrainingSet command) {
        return command.schoolId() != null ? adoptForSchool(command.schoolId(), command.effectiveFrom())
                : adoptForTrust(command.trustId(), command.effectiveFrom());
    }

    private List<AdoptedRequirement> adoptForSchool(SchoolId schoolId, LocalDate effectiveFrom) {
        if (facts.school(schoolId).isEmpty()) {
            throw new DomainRuleViolation(SCHOOL_NOT_FOUND, "No school " + schoolId + " is registered");
        }
        return adopt(schoolId.value(), effectiveFrom,
                (id, terms) -> new DefineTrainingRequirement(id, schoolId, null, terms, effectiveFrom));
    }

    private List<AdoptedRequirement> adoptForTrust(TrustId trustId, LocalDate effectiveFrom) {
        if (!facts.trustExists(trustId)) {
            throw new DomainRuleViolation(TRUST_NOT_FOUND, "No trust " + trustId + " is registered");
        }
        return adopt(trustId.value(), effectiveFrom,
                (id, terms) -> new DefineTrainingRequirement(id, null, trustId, terms, effectiveFrom));
    }

    private interface Definition {
        DefineTrainingRequirement of(RequirementId requirementId, RequirementTerms terms);
    }

    private List<AdoptedRequirement> adopt(UUID owner, LocalDate effectiveFrom, Definition definition) {
        List<AdoptedRequirement> adopted = new ArrayList<>();
        ENGLISH_SCHOOLS.forEach((key, terms) -> {
            RequirementId requirementId = new RequirementId(UUID.nameUUIDFromBytes(
                    ("heartwood-standard-requirement:" + owner + ":" + key).getBytes(StandardCharsets.UTF_8)));
            boolean created = facts.requirement(requirementId).isEmpty();
            if (created) {
                commands.sendAndWait(definition.of(requirementId, terms));
            }
            adopted.add(new AdoptedRequirement(key, requirementId.value(), terms.title(), created));
        });
        return adopted;
    }

    private static Map<String, RequirementTerms> englishSchools() {
        Map<String, RequirementTerms> set = new LinkedHashMap<>();
        set.put("safeguarding-update", new RequirementTerms("Safeguarding and child protection update",
                SAFEGUARDING_UPDATE, TrainingAudience.everyone(), 14, 12, 0, "KCSIE 2025"));
        set.put("prevent", new RequirementTerms("Prevent duty awareness", PREVENT, TrainingAudience.everyone(),
                14, null, 0, "Prevent duty guidance 2023"));
        set.put("dsl", new RequirementTerms("Designated safeguarding lead training", DSL_TRAINING,
                TrainingAudience.holding(StaffRole.DSL), 30, 24, 0, "KCSIE 2025"));
        set.put("deputy-dsl", new RequirementTerms("Deputy designated safeguarding lead training", DSL_TRAINING,
                TrainingAudience.holding(StaffRole.DEPUTY_DSL), 30, 24, 0, "KCSIE 2025"));
        set.put("first-aid-at-work", new RequirementTerms("First aid at work", FIRST_AID_AT_WORK,
                TrainingAudience.holding(StaffRole.FIRST_AIDER), 30, 36, 0,
                "Health and Safety (First-Aid) Regulations 1981"));
        set.put("paediatric-first-aid", new RequirementTerms("Paediatric first aid", PAEDIATRIC_FIRST_AID,
                TrainingAudience.holding(StaffRole.PAEDIATRIC_FIRST_AIDER), 30, 36, 0,
                "EYFS statutory framework 2024"));
        set.put("fire-safety", new RequirementTerms("Fire safety awareness", FIRE_SAFETY,
                TrainingAudience.everyone(), 30, 12, 0, "Regulatory Reform (Fire Safety) Order 2005"));
        // the headteacher sits on every appointment panel; a school whose other staff recruit defines one for them
        set.put("safer-recruitment", new RequirementTerms("Safer recruitment", SAFER_RECRUITMENT,
                TrainingAudience.inCategory(StaffCategory.HEADTEACHER), 90, 60, 0, "KCSIE 2025"));
        return Collections.unmodifiableMap(set);
    }
}
