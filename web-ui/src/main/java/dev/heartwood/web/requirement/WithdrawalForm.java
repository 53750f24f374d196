package dev.heartwood.web.requirement;

import dev.heartwood.web.DateInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Withdrawing a requirement: the first day it no longer applies, and why, which the audit log keeps with the
 * withdrawal (the API takes a withdrawal without one; the page asks for it).
 */
record WithdrawalForm(@DateInput.Real(message = "Enter the first day it no longer applies, for example 1 9 2026")
                      DateInput on,
                      @NotBlank(message = "Say why it is withdrawn")
                      @Size(max = 2000, message = "Give a reason of at most 2000 characters") String reason) {
}
