package dev.heartwood.reporting.query;

import dev.heartwood.reporting.api.AppraisalSort;
import dev.heartwood.reporting.api.CompletionSort;
import dev.heartwood.reporting.api.ComplianceSort;
import dev.heartwood.reporting.api.CpdRequestSort;
import dev.heartwood.reporting.api.CpdSort;
import dev.heartwood.reporting.api.CpdSpendSort;
import dev.heartwood.reporting.api.ObjectivesAndLearningGrouping;
import dev.heartwood.reporting.api.ObjectivesAndLearningSort;
import dev.heartwood.reporting.api.StaffSort;
import dev.heartwood.reporting.api.StaffStatus;
import dev.heartwood.reporting.api.TrainingCompletionSort;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads the words a request names a choice with, such as {@code sort=daysLate} or {@code status=leavers}, as the
 * api's enum constant that is written so ({@code DAYS_LATE}); any other word, the constant's own name included, is
 * not one of them (a 400 naming the words it may be). An editor rather than a converter: when a converter refuses a
 * word, Spring would still try the word as a constant's name.
 */
@ControllerAdvice
class RequestWords {

    /** The enums whose constants are written as the words a request names them by. */
    static final Set<Class<?>> CHOICES = Set.of(AppraisalSort.class, CompletionSort.class, ComplianceSort.class,
            CpdRequestSort.class, CpdSort.class, CpdSpendSort.class, ObjectivesAndLearningGrouping.class,
            ObjectivesAndLearningSort.class, StaffSort.class, StaffStatus.class, TrainingCompletionSort.class);

    @InitBinder
    void readByTheirWords(WebDataBinder binder) {
        CHOICES.forEach(type -> binder.registerCustomEditor(type, new Word(type)));
    }

    /** The words a request may name the enum's constants by, in their order. */
    static List<String> words(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
    }

    private static final class Word extends PropertyEditorSupport {

        private final Class<?> type;

        Word(Class<?> type) {
            this.type = type;
        }

        @Override
        public void setAsText(String text) {
            setValue(Arrays.stream(type.getEnumConstants())
                    .filter(constant -> constant.toString().equals(text))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("must be one of "
                            + String.join(", ", words(type)))));
        }
    }
}
