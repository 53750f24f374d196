package dev.heartwood.infra.security;

import dev.heartwood.appraisal.api.PayRecommendation;
import dev.heartwood.kernel.ConfidentialText;
import org.axonframework.serialization.Revision;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which fields of each kind of event a history may withhold, found by their types: text written in confidence
 * ({@link ConfidentialText}) and a pay recommendation ({@link PayRecommendation}). An event added with such a field is
 * redacted as the others are, without a list to update; the event registry test holds events to keeping such fields
 * where the redaction looks (at the top of an appraisal's event).
 *
 * @param confidential by an event's simple name (as a history names it), its fields of confidential text
 * @param pay          by an event's simple name, its fields holding a pay recommendation
 */
record WithheldFields(Map<String, Set<String>> confidential, Map<String, Set<String>> pay) {

    /** Where events are declared: each module's {@code api} package (and so no test's events, planted elsewhere). */
    private static final String EVENTS_PACKAGES = "dev.heartwood.*.api";

    /** The withheld fields of every {@code @Revision} event of Heartwood's modules. */
    static WithheldFields ofEveryEvent() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        return of(scanner.findCandidateComponents(EVENTS_PACKAGES).stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(Objects::nonNull)
                .map(name -> ClassUtils.resolveClassName(name, WithheldFields.class.getClassLoader()))
                .toList());
    }

    /** The withheld fields of these events; two events a history would name alike are refused. */
    static WithheldFields of(Collection<? extends Class<?>> events) {
        Map<String, Class<?>> byName = new HashMap<>();
        events.forEach(event -> {
            Class<?> other = byName.putIfAbsent(event.getSimpleName(), event);
            if (other != null && other != event) {
                throw new IllegalStateException("A history names " + event.getName() + " and " + other.getName()
                        + " alike, so it could not tell which fields of theirs to withhold");
            }
        });
        return new WithheldFields(fieldsOfType(byName, ConfidentialText.class),
                fieldsOfType(byName, PayRecommendation.class));
    }

    Set<String> confidentialIn(String eventType) {
        return confidential.getOrDefault(eventType, Set.of());
    }

    Set<String> payIn(String eventType) {
        return pay.getOrDefault(eventType, Set.of());
    }

    private static Map<String, Set<String>> fieldsOfType(Map<String, Class<?>> events, Class<?> type) {
        Map<String, Set<String>> fields = new HashMap<>();
        events.forEach((name, event) -> {
            Set<String> ofType = components(event).stream()
                    .filter(field -> field.getType() == type)
                    .map(RecordComponent::getName)
                    .collect(Collectors.toUnmodifiableSet());
            if (!ofType.isEmpty()) {
                fields.put(name, ofType);
            }
        });
        return Map.copyOf(fields);
    }

    private static List<RecordComponent> components(Class<?> event) {
        RecordComponent[] fields = event.getRecordComponents();
        return fields == null ? List.of() : Arrays.asList(fields);
    }
}
