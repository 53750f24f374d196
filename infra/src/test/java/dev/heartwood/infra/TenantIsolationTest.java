package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.heartwood.infra.HostileCorpus.Call;
import dev.heartwood.infra.HostileCorpus.Operation;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the OpenAPI document, with real identifiers and a body it could take, sent by people who have
 * nothing to do with the records named: the headteacher of another school of the same trust, and someone who leads
 * another trust, holds its HR role and its pay permission. Every answer is 403 or 404, and nothing is recorded.
 */
class TenantIsolationTest extends ApiTestBase {

    private static final String ABOUT_THE_CALLER = "/api/me";

    @Test
    void aCallerFromAnotherSchoolOrAnotherTrustIsRefusedEverywhereAndNothingIsRecorded() {
        EveryKindOfRecord records = EveryKindOfRecord.createdThrough(admin);
        HostileCorpus corpus = new HostileCorpus(admin.read(admin.get("/v3/api-docs")), records.identifiers());
        List<Operation> operations = corpus.operations().stream()
                .filter(operation -> !operation.template().equals(ABOUT_THE_CALLER))
                .toList();
        Api anotherSchool = headteacherOf(records.trustSchoolId());
        Api anotherTrust = leaderOfAnotherTrust();
        long before = events.count();
        List<String> wrong = new ArrayList<>();

        for (Api caller : List.of(anotherSchool, anotherTrust)) {
            for (Operation operation : operations) {
                Call call = corpus.real(operation);
                ResponseEntity<String> response = caller.hostile().sendRaw(call.method(), call.path(), call.body(),
                        call.contentType());
                int status = response.getStatusCode().value();
                if ((status != 403 && status != 404) || !caller.aProblem(response)) {
                    wrong.add(call + " -> " + status + " " + response.getBody());
                }
            }
        }

        assertThat(operations).hasSizeGreaterThan(80);
        assertThat(wrong).isEmpty();
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void whoAmIShowsTheCallerTheirOwnRecordsAndRoles() {
        Api leader = leaderOfAnotherTrust();

        JsonNode me = leader.read(leader.get(ABOUT_THE_CALLER));

        assertThat(me.path("administrator")).isEqualTo(BooleanNode.FALSE);
        assertThat(me.path("staff")).hasSize(1);
        assertThat(me.path("grants")).extracting(grant -> grant.path("role").asText())
                .containsExactlyInAnyOrder("TRUST_LEADER", "HR", "PAY");
        assertThat(admin.read(admin.get(ABOUT_THE_CALLER)).path("administrator").asBoolean()).isTrue();
    }

    /**
     * A member of staff of another trust's school who leads that trust, is its HR and sees its pay, as granted by
     * the trust's other leader (no one grants themselves anything).
     */
    private Api leaderOfAnotherTrust() {
        Given records = new Given(admin);
        UUID school = records.school(records.trust("Fen Trust"), "Fen Academy");
        UUID leaderId = records.teacher(school, "Olu Bello");
        UUID otherLeaderId = records.teacher(school, "Mia Grant");
        Api otherLeader = Api.asStaff(port, otherLeaderId);
        admin.expect(204, admin.put(access(otherLeaderId, "TRUST_LEADER"), ""));
        otherLeader.expect(204, otherLeader.put(access(leaderId, "TRUST_LEADER"), ""));
        otherLeader.expect(204, otherLeader.put(access(leaderId, "HR"), ""));
        otherLeader.expect(204, otherLeader.put(access(leaderId, "PAY"), ""));
        return Api.asStaff(port, leaderId);
    }

    private static String access(UUID staffId, String role) {
        return "/api/staff/" + staffId + "/access/" + role + "?scope=TRUST";
    }
}
