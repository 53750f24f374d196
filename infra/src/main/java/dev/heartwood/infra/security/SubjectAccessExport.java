package dev.heartwood.infra.security;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heartwood.infra.security.StoredEvents.StoredEvent;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.reporting.api.AccessLogRow;
import dev.heartwood.reporting.api.AppraisalSort;
import dev.heartwood.reporting.api.CpdSort;
import dev.heartwood.reporting.api.CsvRows;
import dev.heartwood.reporting.api.Freshness;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.StaffAppraisalsQuery;
import dev.heartwood.reporting.api.StaffCpdQuery;
import dev.heartwood.reporting.api.StaffCpdYearsQuery;
import dev.heartwood.reporting.api.StaffMemberQuery;
import dev.heartwood.reporting.api.StaffMemberView;
import dev.heartwood.reporting.api.StaffObjectivesAndLearningQuery;
import dev.heartwood.reporting.api.StaffTimelineQuery;
import dev.heartwood.reporting.api.StaffTrainingCompletionsQuery;
import dev.heartwood.reporting.api.StaffTrainingQuery;
import dev.heartwood.reporting.api.StaffTrainingView;
import dev.heartwood.reporting.api.TimelineRow;
import dev.heartwood.reporting.api.TrainingCompletionSort;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything Heartwood holds about a person, as one ZIP for a subject access request: the events about them as the
 * event store holds them, their rows in the read models (JSON, and CSV for the lists), the access log of who read
 * their records, and a README that says what each file holds and as of when.
 * <p>
 * The events about a person are those of their staff record and of every record the timeline names for them (their
 * appraisals, learning and training records): the timeline's projection is what decides which events concern whom,
 * and the staff record adds what the timeline leaves out on purpose (grants and sign-in identities).
 */
@Component
class SubjectAccessExport {

    private static final int PAGE_SIZE = 1000;

    private final QueryGateway queries;
    private final StoredEvents events;
    private final AccessLogLines accessLog;
    private final ObjectMapper json;
    private final Clock clock;

    SubjectAccessExport(QueryGateway queries, StoredEvents events, AccessLogLines accessLog, ObjectMapper json,
                        Clock clock) {
        this.queries = queries;
        this.events = events;
        this.accessLog = accessLog;
        this.json = json;
        this.clock = clock;
    }

    /** The ZIP's bytes, made for {@code exporter}. */
    byte[] of(UUID staffId, Caller exporter) {
        long asOf = events.head();
        Instant madeAt = clock.instant();
        StaffId person = new StaffId(staffId);
        Optional<StaffMemberView> member = queries.query(new StaffMemberQuery(person),
                ResponseTypes.optionalInstanceOf(StaffMemberView.class)).join();
        Optional<StaffTrainingView> training = queries.query(new StaffTrainingQuery(person,
                SchoolTime.today(clock)), ResponseTypes.optionalInstanceOf(StaffTrainingView.class)).join();
        Rows timeline = all(page -> new StaffTimelineQuery(person, page, PAGE_SIZE));
        List<Rows> lists = List.of(
                timeline.named("timeline", "Your timeline: a line for each event about you, in the order recorded"),
                all(page -> new StaffAppraisalsQuery(person, null, AppraisalSort.YEAR, page, PAGE_SIZE))
                        .named("appraisals", "Your appraisals and exemptions, year by year"),
                all(page -> new StaffObjectivesAndLearningQuery(person, page, PAGE_SIZE))
                        .named("objectives-and-learning", "Your objectives and the learning linked to them, by year"),
                all(page -> new StaffCpdQuery(person, null, null, CpdSort.DATE, page, PAGE_SIZE))
                        .named("cpd-activities", "Your professional learning, requested or logged"),
                all(page -> new StaffCpdYearsQuery(person, page, PAGE_SIZE))
                        .named("cpd-years", "Your completed learning year by year: how much, the hours, the cost"),
                all(page -> new StaffTrainingCompletionsQuery(person, null, TrainingCompletionSort.DATE, page,
                        PAGE_SIZE)).named("training-completions", "The required training you have completed"));
        List<StoredEvent> about = events.of(aggregatesOf(staffId, timeline), asOf);
        List<AccessLogRow> reads = accessLog.about(staffId);

        Zip zip = new Zip();
        zip.json("events.json", "Every event recorded about you (" + about.size() + "), oldest first, as the "
                + "event store holds it: its type and revision, when it was recorded, its place in the store "
                + "(globalIndex), the record it belongs to, who recorded it in which role (metadata) and what it "
                + "says (payload)", about);
        zip.json("staff-record.json", "Your record in the staff directory", member.orElse(null));
        zip.json("training-standing.json", "How you stand against each training requirement today",
                training.orElse(null));
        lists.forEach(list -> {
            zip.json(list.name() + ".json", list.says(), list.rows());
            zip.csv(list.name() + ".csv", "The same as " + list.name() + ".json, for a spreadsheet", list);
        });
        zip.json("access-log.json", "Who read your appraisals, pay recommendations and records, when, in which "
                + "role and by which request (" + reads.size() + " reads), oldest first", reads);
        zip.csv("access-log.csv", "The same as access-log.json, for a spreadsheet",
                new Rows(AccessLogRow.class, reads, null, null, null));
        return zip.finish(readme(member, exporter, madeAt, asOf,
                Freshness.together(lists.stream().map(Rows::freshness).toList()), zip.contents()));
    }

    /** The person's staff record and every record their timeline names: their appraisals, learning, training. */
    private static Set<String> aggregatesOf(UUID staffId, Rows timeline) {
        Set<String> aggregates = new LinkedHashSet<>(List.of(staffId.toString()));
        timeline.rows().stream()
                .map(row -> ((TimelineRow) row).aggregateId())
                .filter(Objects::nonNull)
                .forEach(aggregates::add);
        return aggregates;
    }

    private String readme(Optional<StaffMemberView> member, Caller exporter, Instant madeAt, long asOf,
                          Freshness readModels, List<File> contents) {
        StringBuilder text = new StringBuilder();
        text.append("Everything Heartwood holds about ")
                .append(member.map(StaffMemberView::name).orElse("this person"))
                .append(member.map(view -> " (staff id " + view.staffId() + ")").orElse("")).append("\n\n")
                .append("Made at ").append(madeAt).append(" by ").append(exporter.actorId())
                .append(" acting as ").append(exporter.role()).append(".\n")
                .append("As of event ").append(asOf).append(": the last event recorded when the export was made. ")
                .append("Nothing recorded after it is in these files.\n")
                .append("The other files but the access log are read from the read models, which Heartwood builds ")
                .append("from the events a moment after they are recorded: when the export was made, ")
                .append(readModels.behind()).append(" events were still to be applied to them.\n")
                .append("Personal text (notes, reasons, statements, reflections) is shown as it was written.\n\n")
                .append("The files:\n");
        contents.forEach(file -> text.append("\n").append(file.name()).append("\n    ").append(file.says())
                .append("\n"));
        return text.toString();
    }

    private Rows all(IntFunction<Object> page) {
        List<Record> rows = new ArrayList<>();
        ReportPage<?> answer;
        int number = 0;
        do {
            answer = queries.query(page.apply(number++), ResponseTypes.instanceOf(ReportPage.class)).join();
            rows.addAll(answer.rows());
        } while ((long) number * PAGE_SIZE < answer.total());
        return new Rows(answer.rowType(), rows, answer.freshness(), null, null);
    }

    /** A list's rows, with the type that names their CSV columns, and, once named, its file and what it holds. */
    private record Rows(Class<? extends Record> rowType, List<? extends Record> rows, Freshness freshness,
                        String name, String says) {

        Rows named(String file, String description) {
            return new Rows(rowType, rows, freshness, file, description);
        }
    }

    /** The ZIP as it is written, with a line for each file in the README. */
    private final class Zip {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8);
        private final List<File> contents = new ArrayList<>();

        void json(String file, String says, Object value) {
            write(file, says, () -> json.writerWithDefaultPrettyPrinter()
                    .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, value));
        }

        void csv(String file, String says, Rows rows) {
            write(file, says, () -> CsvRows.write(rows.rowType(), rows.rows(), out));
        }

        List<File> contents() {
            return contents;
        }

        byte[] finish(String readme) {
            write("README.txt", "This file", () -> out.write(readme.getBytes(StandardCharsets.UTF_8)));
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        private void write(String file, String says, Content content) {
            try {
                out.putNextEntry(new ZipEntry(file));
                content.write();
                out.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException("The export could not be written", e);
            }
            contents.add(new File(file, says));
        }
    }

    /** A file of the export and what it holds, as the README lists it. */
    private record File(String name, String says) {
    }

    private interface Content {
        void write() throws IOException;
    }
}
