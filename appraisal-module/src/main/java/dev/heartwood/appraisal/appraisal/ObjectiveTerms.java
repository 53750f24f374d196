package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.StandardsFramework;
import dev.heartwood.appraisal.directory.Directory;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;

import java.util.List;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.PRIORITY_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STANDARD_NOT_IN_FRAMEWORK;

/** What an objective says: its aim, how success is judged, and the standards and school priorities it serves. */
record ObjectiveTerms(PersonalText title, PersonalText successCriteria, List<String> standards,
                      List<PriorityId> priorities) {

    ObjectiveTerms {
        standards = List.copyOf(standards);
        priorities = List.copyOf(priorities);
    }

    /** Links only to standards of the appraisee's framework and to the school's priorities for the year. */
    void checkLinks(StandardsFramework framework, SchoolId schoolId, AcademicYear year, Directory directory) {
        standards.stream().filter(code -> !framework.includes(code)).findFirst().ifPresent(code -> {
            throw new DomainRuleViolation(STANDARD_NOT_IN_FRAMEWORK, code + " is not a standard of " + framework.name());
        });
        priorities.stream().filter(priority -> !directory.priorityExists(schoolId, year, priority)).findFirst()
                .ifPresent(priority -> {
                    throw new DomainRuleViolation(PRIORITY_NOT_FOUND,
                            "The school has no priority " + priority + " for " + year);
                });
    }
}
