package dev.heartwood.learning.application;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.RequirementId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.learning.api.AdoptStandardTrainingSet;
import dev.heartwood.learning.api.AdoptedRequirement;
import dev.heartwood.learning.api.DefineTrainingRequirement;
import dev.heartwood.learning.api.EnglishStatutorySet;
import dev.heartwood.learning.api.RequirementTerms;
import dev.heartwood.learning.training.TrainingFacts;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.heartwood.learning.api.TrainingErrorCode.SCHOOL_NOT_FOUND;
import static dev.heartwood.learning.api.TrainingErrorCode.TRUST_NOT_FOUND;

/**
 * Adopts the training an English school is expected to require ({@link EnglishStatutorySet}) in one command, to
 * amend afterwards. Each requirement's identifier is derived from the school (or trust) and a stable key, so adopting
 * the set again creates nothing twice and a requirement the school has since amended or withdrawn is left as it is.
 * Each requirement is defined by a command of its own, sent while the adoption is handled, so it carries the
 * adoption's actor and is recorded in its transaction.
 */
@Component
class StandardTrainingSet {

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
        EnglishStatutorySet.REQUIREMENTS.forEach((key, terms) -> {
            RequirementId requirementId = EnglishStatutorySet.requirementId(owner, key);
            boolean created = facts.requirement(requirementId).isEmpty();
            if (created) {
                commands.sendAndWait(definition.of(requirementId, terms));
            }
            adopted.add(new AdoptedRequirement(key, requirementId.value(), terms.title(), created));
        });
        return adopted;
    }
}
