package dev.heartwood.web.requirement;

import dev.heartwood.web.DateInput;

/** A form that asks only for a day: the day the English statutory set applies from. */
record DayForm(@DateInput.Real(message = "Enter the first day the set applies, for example 1 9 2025") DateInput on) {
}
