package dev.heartwood.infra;

import dev.heartwood.infra.HostileCorpus.Call;
import dev.heartwood.infra.HostileCorpus.Operation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throws a hostile corpus (see {@link HostileCorpus}) at every operation of the OpenAPI document, with real things
 * behind the identifiers it does not spoil. Every answer is a problem document with a stable code, never a 5xx,
 * and nothing is appended to the event store. Text that is merely unusual is accepted and kept as sent: see
 * {@link BadInputTest}.
 */
class EveryEndpointTest extends ApiTestBase {

    private HostileCorpus corpus;
    private List<Operation> operations;

    @BeforeEach
    void somethingRealBehindEveryIdentifier() {
        EveryKindOfRecord records = EveryKindOfRecord.createdThrough(admin);
        corpus = new HostileCorpus(admin.read(admin.get("/v3/api-docs")), records.identifiers());
        operations = corpus.operations();
        assertThat(operations).hasSizeGreaterThan(80);
    }

    @Test
    void everySpoiltBodyIsRefusedWithA400AndNothingIsRecorded() {
        List<Call> calls = operations.stream().filter(operation -> operation.bodyType().isPresent())
                .flatMap(operation -> corpus.spoiltBodies(operation).stream()).toList();

        assertThat(calls.size()).isGreaterThan(1500);
        refusedWithoutRecording(calls, status -> status == 400 || status == 415, "400 or 415");
    }

    @Test
    void hostileIdentifiersAreRefusedWithA400OrA404AndNothingIsRecorded() {
        List<Call> calls = operations.stream().flatMap(operation -> corpus.hostileIdentifiers(operation).stream())
                .toList();

        // 404 where the identifier is free text, such as a processor's name
        refusedWithoutRecording(calls, status -> status == 400 || status == 404, "400 or 404");
    }

    @Test
    void anIdentifierOfNothingThatExistsIsA404AndNothingIsRecorded() {
        List<Call> calls = operations.stream().filter(operation -> operation.method() != HttpMethod.DELETE)
                .flatMap(operation -> corpus.unknownIdentifiers(operation).stream())
                .toList();

        refusedWithoutRecording(calls, status -> status == 404, "404");
    }

    @Test
    void deletingALinkToNothingThatExistsChangesNothing() {
        long before = events.count();

        for (Call call : operations.stream().filter(operation -> operation.method() == HttpMethod.DELETE)
                .flatMap(operation -> corpus.unknownIdentifiers(operation).stream()).toList()) {
            ResponseEntity<String> response = send(call);
            // an unknown activity or dead letter is not found; unlinking what is not linked is done already
            assertThat(response.getStatusCode().value()).as("%s", call).isIn(204, 404);
        }

        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void hostileQueryParametersAreRefusedOrMatchNothingButNeverFail() {
        List<Call> calls = operations.stream().flatMap(operation -> corpus.hostileQueries(operation).stream())
                .toList();
        long before = events.count();
        List<String> wrong = new ArrayList<>();

        for (Call call : calls) {
            ResponseEntity<String> response = send(call);
            int status = response.getStatusCode().value();
            if (status >= 500 || (status >= 400 && !admin.aProblem(response)) || (status != 200 && status != 400)) {
                wrong.add(call + " -> " + status + " " + response.getBody());
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeItIsRead() {
        List<Call> calls = operations.stream().filter(operation -> operation.bodyType().isPresent())
                .map(operation -> corpus.oversized(operation,
                        operation.bodyType().get().equals(HostileCorpus.CSV) ? 5 * 1024 * 1024 : 256 * 1024))
                .toList();

        refusedWithoutRecording(calls, status -> status == 413, "413 payload-too-large");
    }

    private void refusedWithoutRecording(List<Call> calls, IntPredicate expected, String expectation) {
        long before = events.count();
        List<String> wrong = new ArrayList<>();

        for (Call call : calls) {
            ResponseEntity<String> response = send(call);
            if (!expected.test(response.getStatusCode().value()) || !admin.aProblem(response)) {
                wrong.add(call + " -> " + response.getStatusCode().value() + " " + response.getBody());
            }
        }

        assertThat(wrong).as("answers other than a problem document with %s", expectation).isEmpty();
        assertThat(events.count()).isEqualTo(before);
    }

    private ResponseEntity<String> send(Call call) {
        return admin.hostile().sendRaw(call.method(), call.path(), call.body(), call.contentType());
    }
}
