package dev.heartwood.reporting.learning;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.springframework.stereotype.Component;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Applies the learning reports' events school by school, each school's in the order they happened, instead of
 * aggregate by aggregate: {@link ObjectiveTotals} counts a school's objectives together with the learning linked
 * to them, which are events of different aggregates. Every event the reports handle names its school (DESIGN §5);
 * one that does not would keep its aggregate's order. A poison event holds back the later events of its school,
 * parked behind it, until it is retried.
 */
@Component
class SchoolSequence implements SequencingPolicy<EventMessage<?>>, ConfigurerModule {

    private static final ClassValue<Method> SCHOOL = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            return components == null ? null : Arrays.stream(components)
                    .filter(component -> component.getName().equals("schoolId"))
                    .map(RecordComponent::getAccessor)
                    .findFirst().orElse(null);
        }
    };

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing().registerSequencingPolicy(CpdReportProjection.PROCESSING_GROUP,
                configuration -> this);
    }

    /** The school's identifier as a string, whose hash (and so segment) is the same in every JVM. */
    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Method school = SCHOOL.get(event.getPayloadType());
        if (school == null) {
            return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
        }
        try {
            return String.valueOf(school.invoke(event.getPayload()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the school of " + event.getPayloadType(), e);
        }
    }
}
