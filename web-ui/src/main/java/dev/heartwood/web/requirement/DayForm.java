package dev.heartwood.web.requirement;

import dev.heartwood.web.DateInput;

/**
 * A form that asks only for a day: the day the English statutory set applies from, or the first day a requirement no
 * longer applies.
 */
record DayForm(@DateInput.Real DateInput on) {
}
