package dev.heartwood.reporting;

import dev.heartwood.kernel.HappenedOn;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The day an event's step happened in the world, from its field marked {@link HappenedOn}: what the history and
 * the audit log show beside the instant the event was recorded.
 */
public final class DayItHappened {

    /** Each payload type's marked field, looked up once. */
    private static final ClassValue<Optional<RecordComponent>> MARKED = new ClassValue<>() {
        @Override
        protected Optional<RecordComponent> computeValue(Class<?> type) {
            return type.isRecord() ? Arrays.stream(type.getRecordComponents())
                    .filter(component -> component.isAnnotationPresent(HappenedOn.class)
                            && component.getType() == LocalDate.class)
                    .findFirst() : Optional.empty();
        }
    };

    private DayItHappened() {
    }

    /** None for an event that is not about a step with a day of its own (a registration, a link...). */
    public static Optional<LocalDate> of(Object payload) {
        return MARKED.get(payload.getClass()).map(component -> {
            try {
                return (LocalDate) component.getAccessor().invoke(payload);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        });
    }
}
