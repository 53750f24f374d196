package dev.heartwood.learning.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * How a person stands against a requirement on a day: one rule for the write side and for every report, so that
 * a report asked "as of" any day, past or future, agrees with what was true then.
 * <p>
 * The terms are those of the version in force on the day. A person becomes subject to it on the later of the day
 * they joined its audience (started, took the category or gained the role) and the day it first came into force,
 * and it is due {@code dueWithinDays} after that. A completion must be renewed {@code renewalMonths} after it is
 * completed. It is due soon from {@code warningDays} before the due (or renewal) date until the grace days after
 * it have passed; then it is overdue if never completed, or expired if completed before.
 */
public final class ComplianceRule {

    public Compliance on(LocalDate day, RequirementHistory requirement, StaffHistory person,
                         Collection<LocalDate> completions, Collection<ExemptionPeriod> exemptions) {
        Optional<RequirementTerms> inForce = requirement.termsOn(day);
        Optional<LocalDate> inAudienceSince = inForce.flatMap(terms -> person.inAudienceSince(terms.audience(), day));
        if (inAudienceSince.isEmpty()) {
            return Compliance.only(ComplianceStatus.NOT_APPLICABLE);
        }
        if (exemptions.stream().anyMatch(exemption -> exemption.covers(day))) {
            return Compliance.only(ComplianceStatus.EXEMPT);
        }
        RequirementTerms terms = inForce.get();
        LocalDate lastCompletedOn = completions.stream()
                .filter(completed -> !completed.isAfter(day))
                .max(LocalDate::compareTo)
                .orElse(null);
        if (lastCompletedOn == null) {
            LocalDate subjectSince = later(inAudienceSince.get(), requirement.inForceSince());
            LocalDate dueOn = subjectSince.plusDays(terms.dueWithinDays());
            return new Compliance(standing(day, dueOn, terms, ComplianceStatus.NEVER_COMPLETED,
                    ComplianceStatus.OVERDUE), null, dueOn, null);
        }
        if (terms.renewalMonths() == null) {
            return new Compliance(ComplianceStatus.COMPLIANT, lastCompletedOn, null, null);
        }
        LocalDate expiresOn = lastCompletedOn.plusMonths(terms.renewalMonths());
        return new Compliance(standing(day, expiresOn, terms, ComplianceStatus.COMPLIANT, ComplianceStatus.EXPIRED),
                lastCompletedOn, expiresOn, expiresOn);
    }

    private ComplianceStatus standing(LocalDate day, LocalDate dueOn, RequirementTerms terms,
                                      ComplianceStatus beforeWarning, ComplianceStatus late) {
        if (day.isAfter(dueOn.plusDays(terms.graceDays()))) {
            return late;
        }
        return day.isBefore(dueOn.minusDays(terms.warningDays())) ? beforeWarning : ComplianceStatus.DUE_SOON;
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
