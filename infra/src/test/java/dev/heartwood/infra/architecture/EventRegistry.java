package dev.heartwood.infra.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import dev.heartwood.appraisal.api.PayRecommendation;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.ConfidentialText;
import dev.heartwood.kernel.IgnoresEvents;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.TrustId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.serialization.Revision;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every event (a {@code @Revision} record) and every reader of events among some classes, and what each reader does
 * with each event of the records it follows. A reader is a class with an {@code @EventHandler}, or one that declares
 * {@link IgnoresEvents}; it handles an event when it has an {@code @EventHandler} for it (one for {@code Object}
 * handles every event), tests for it with {@code instanceof} (the as-of views), or names it in a table as a class
 * literal (the timeline). An event belongs to the record its first field identifies (an appraisal, a member of
 * staff...), and a reader follows the records of the events it handles.
 */
final class EventRegistry {

    /** A reader, the events it handles and those it declares it ignores; {@code others} are what is not an event. */
    record Reader(String name, Set<Class<?>> handled, boolean handlesEverything, Set<Class<?>> ignored,
                  Set<String> others) {
    }

    /** The types an event's field may have to be written as a JSON string (an enumeration is one too). */
    static final Set<Class<?>> WRITTEN_AS_TEXT = Set.of(String.class, PersonalText.class);

    private final Map<String, Class<?>> events = new LinkedHashMap<>();
    private final List<Reader> readers;

    EventRegistry(Collection<JavaClass> classes) {
        classes.stream()
                .filter(type -> type.isAnnotatedWith(Revision.class))
                .sorted(Comparator.comparing(JavaClass::getName))
                .forEach(event -> events.put(event.getName(), event.reflect()));
        Map<String, List<JavaClass>> byReader = new TreeMap<>();
        classes.stream()
                .filter(type -> !handlerMethods(type).isEmpty() || type.isAnnotatedWith(IgnoresEvents.class))
                .forEach(type -> byReader.computeIfAbsent(readerName(type), name -> new ArrayList<>()).add(type));
        readers = byReader.entrySet().stream().map(reader -> reader(reader.getKey(), reader.getValue())).toList();
    }

    List<Class<?>> events() {
        return List.copyOf(events.values());
    }

    List<Reader> readers() {
        return readers;
    }

    Reader reader(String name) {
        return readers.stream().filter(reader -> reader.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Each event of a record a reader follows that it neither handles nor ignores, each it both handles and ignores,
     * and each type it ignores that is not an event.
     */
    List<String> unplaced() {
        List<String> problems = new ArrayList<>();
        for (Reader reader : readers) {
            Set<Class<?>> followed = new LinkedHashSet<>();
            reader.handled().forEach(event -> followed.add(recordOf(event)));
            for (Class<?> event : events.values()) {
                boolean handled = reader.handlesEverything() || reader.handled().contains(event);
                boolean ignored = reader.ignored().contains(event);
                if (!handled && !ignored && followed.contains(recordOf(event))) {
                    problems.add(reader.name() + " neither handles nor ignores " + event.getSimpleName()
                            + ", an event of the record its " + recordOf(event).getSimpleName() + " names");
                } else if (handled && ignored) {
                    problems.add(reader.name() + " handles " + event.getSimpleName() + " and says it ignores it");
                }
            }
            reader.others().forEach(type -> problems.add(reader.name() + " ignores " + type + ", not an event"));
        }
        return problems;
    }

    /**
     * Each event whose school the audit log cannot read from its fields, by the names it reads them by: its school
     * ({@code SchoolId schoolId}) or, for a trust's own record, its trust ({@code TrustId trustId}); and each whose
     * {@code reason} is not written as text (its own, or the request's from the metadata, would be lost).
     */
    List<String> unreadableByTheAuditLog() {
        List<String> problems = new ArrayList<>();
        for (Class<?> event : events.values()) {
            Map<String, Class<?>> fields = new LinkedHashMap<>();
            Arrays.stream(event.getRecordComponents()).forEach(field -> fields.put(field.getName(), field.getType()));
            if (fields.get("schoolId") != SchoolId.class && fields.get("trustId") != TrustId.class) {
                problems.add(event.getSimpleName() + " names neither its school (SchoolId schoolId) nor its trust "
                        + "(TrustId trustId)");
            }
            Class<?> reason = fields.get("reason");
            if (reason != null && !WRITTEN_AS_TEXT.contains(reason) && !reason.isEnum()) {
                problems.add(event.getSimpleName() + " has a reason of type " + reason.getSimpleName()
                        + ", which the audit log cannot read as text");
            }
        }
        return problems;
    }

    /**
     * Each event whose confidential text or pay the redaction of histories would miss. It withholds, by their types, the
     * {@link ConfidentialText} and {@link PayRecommendation} fields at the top of an event, in an appraisal's history
     * only, among the events of the modules' api packages; and an event that may be written in confidence (a
     * {@code confidential} flag) must keep all its text so.
     */
    List<String> unredactable() {
        List<String> problems = new ArrayList<>();
        for (Class<?> event : events.values()) {
            if (!event.getPackageName().matches("dev\\.heartwood\\.[a-z]+\\.api")) {
                problems.add(event.getSimpleName() + " is declared in " + event.getPackageName()
                        + ", not in a module's api package, where the redaction finds events");
            }
            for (RecordComponent field : event.getRecordComponents()) {
                Class<?> type = field.getType();
                boolean withheld = type == ConfidentialText.class || type == PayRecommendation.class;
                if (withheld && recordOf(event) != AppraisalId.class) {
                    problems.add(event.getSimpleName() + " keeps " + field.getName() + " on its "
                            + recordOf(event).getSimpleName() + "'s record, whose history is not redacted");
                }
                if (!withheld && holdsConfidentialText(type)) {
                    problems.add(event.getSimpleName() + " keeps confidential text inside " + field.getName()
                            + ", where the redaction does not look");
                }
                if (hasConfidentialFlag(event) && WRITTEN_AS_TEXT.contains(type)) {
                    problems.add(event.getSimpleName() + " may be written in confidence but keeps " + field.getName()
                            + " as " + type.getSimpleName());
                }
            }
        }
        return problems;
    }

    private static boolean hasConfidentialFlag(Class<?> event) {
        return Arrays.stream(event.getRecordComponents())
                .anyMatch(field -> field.getName().equals("confidential") && field.getType() == boolean.class);
    }

    /** Whether a record type holds confidential text among its fields, at any depth. */
    private static boolean holdsConfidentialText(Class<?> type) {
        return type.isRecord() && Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .anyMatch(inner -> inner == ConfidentialText.class || holdsConfidentialText(inner));
    }

    /** The record an event belongs to: the type of its first field, which identifies the record. */
    static Class<?> recordOf(Class<?> event) {
        RecordComponent[] fields = event.getRecordComponents();
        if (fields == null || fields.length == 0) {
            throw new IllegalStateException(event.getName() + " is an event but no record naming its record first");
        }
        return fields[0].getType();
    }

    /** A processing group's classes make one read model, named by the group; any other reader is its class. */
    private static String readerName(JavaClass type) {
        return type.tryGetAnnotationOfType(ProcessingGroup.class.getName())
                .flatMap(group -> group.get("value"))
                .map(group -> "the " + group + " processor")
                .orElse(type.getSimpleName());
    }

    private Reader reader(String name, List<JavaClass> types) {
        Set<String> named = new LinkedHashSet<>();
        Set<String> declared = new LinkedHashSet<>();
        boolean everything = false;
        for (JavaClass type : types) {
            for (JavaMethod handler : handlerMethods(type)) {
                JavaClass payload = handler.getRawParameterTypes().get(0);
                everything |= payload.isEquivalentTo(Object.class);
                named.add(payload.getName());
            }
            for (JavaCodeUnit code : type.getCodeUnits()) {
                code.getInstanceofChecks().forEach(check -> named.add(check.getRawType().getName()));
                code.getReferencedClassObjects().forEach(literal -> named.add(literal.getRawType().getName()));
            }
            type.tryGetAnnotationOfType(IgnoresEvents.class.getName())
                    .flatMap(ignores -> ignores.get("value"))
                    .ifPresent(value -> Arrays.stream((JavaClass[]) value).map(JavaClass::getName)
                            .forEach(declared::add));
        }
        Set<String> others = new LinkedHashSet<>(declared);
        others.removeAll(events.keySet());
        return new Reader(name, eventsAmong(named), everything, eventsAmong(declared), others);
    }

    private Set<Class<?>> eventsAmong(Set<String> names) {
        Set<Class<?>> among = new LinkedHashSet<>();
        names.stream().filter(events::containsKey).map(events::get).forEach(among::add);
        return among;
    }

    private static List<JavaMethod> handlerMethods(JavaClass type) {
        return type.getMethods().stream().filter(method -> method.isAnnotatedWith(EventHandler.class)).toList();
    }
}
