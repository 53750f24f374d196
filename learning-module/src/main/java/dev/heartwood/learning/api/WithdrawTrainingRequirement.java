package dev.heartwood.learning.api;

import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.RequirementId;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Map;

/** Sent by the HR lead when the school or trust no longer requires the training from a day on. */
public record WithdrawTrainingRequirement(@TargetAggregateIdentifier RequirementId requirementId,
                                          LocalDate withdrawnFrom) {

    /**
     * The withdrawal with the reason given for it, which its event carries (as its {@link MetadataKeys#REASON}) to
     * the audit log; without one when none is given.
     */
    public CommandMessage<WithdrawTrainingRequirement> because(String reason) {
        CommandMessage<WithdrawTrainingRequirement> withdrawal = GenericCommandMessage.asCommandMessage(this);
        return reason == null || reason.isBlank() ? withdrawal
                : withdrawal.andMetaData(Map.of(MetadataKeys.REASON, reason.strip()));
    }
}
