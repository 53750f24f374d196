package dev.heartwood.web.learning;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.learning.api.ReflectOnCpdActivity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the reader took from completed learning and will do differently; each reflection adds to the last. */
record ReflectionForm(
        @NotBlank(message = "Write your reflection")
        @Size(max = 5000, message = "A reflection must be 5000 characters or fewer") String reflection) {

    static ReflectionForm blank() {
        return new ReflectionForm(null);
    }

    ReflectOnCpdActivity command(CpdActivityId activityId) {
        return new ReflectOnCpdActivity(activityId, PersonalText.of(reflection.strip()));
    }
}
