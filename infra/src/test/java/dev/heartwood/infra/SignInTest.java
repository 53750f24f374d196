package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on with bearer tokens from the test issuer: a token opens Heartwood only when the issuer signed it,
 * for Heartwood's audience, in date and not for too long, naming the person by a subject. A person's first sign-in
 * finds their staff record by the address their provider vouches for; from then on the subject alone opens it, and
 * no change of address gives it to anyone else.
 */
class SignInTest extends ApiTestBase {

    private final UUID staffId = UUID.randomUUID();
    private final String subject = "subject-" + UUID.randomUUID();

    private String registeredPerson() {
        UUID school = new Given(admin).school(null, "Oakfield Primary");
        admin.expect(201, admin.registerTeacher(school, staffId, "Asha Patel"));
        return Api.emailOf(staffId);
    }

    private Api signedIn(JWTClaimsSet.Builder claims) {
        return Api.withToken(port, TestIssuer.token(claims.subject(subject).build()));
    }

    private JsonNode me(Api caller) {
        ResponseEntity<String> me = caller.get("/api/me");
        caller.expect(200, me);
        return caller.read(me);
    }

    @Test
    void aFirstSignInFindsTheRecordByItsVerifiedAddressWhateverItsCaseOrCompatibilityForm() {
        String person = registeredPerson();

        JsonNode me = me(signedIn(TestIssuer.claims(fullWidth(person.toUpperCase()))));

        assertThat(me.path("staff")).extracting(self -> self.path("staffId").asText())
                .containsExactly(staffId.toString());
    }

    @Test
    void onceLinkedTheSubjectAloneOpensTheRecordAndAnotherSubjectWithItsAddressDoesNot() {
        String person = registeredPerson();
        me(signedIn(TestIssuer.claims(person)));

        JsonNode withoutAddress = me(signedIn(TestIssuer.claims(person).claim("email", null)));
        Api someoneElse = Api.as(port, person);

        assertThat(withoutAddress.path("staff").get(0).path("staffId").asText()).isEqualTo(staffId.toString());
        assertThat(someoneElse.refusal(403, someoneElse.get("/api/me"))).isEqualTo("unknown-person");
    }

    @Test
    void aChangeOfAddressLeavesTheRecordWithThePersonItWasLinkedTo() {
        String person = registeredPerson();
        me(signedIn(TestIssuer.claims(person)));
        String newAddress = "new-" + person;

        admin.expect(204, admin.put("/api/staff/" + staffId + "/details", """
                {"name": "Asha Patel", "email": "%s"}""".formatted(newAddress)));
        Api newcomerWithThatAddress = Api.as(port, newAddress);

        assertThat(newcomerWithThatAddress.refusal(403, newcomerWithThatAddress.get("/api/me")))
                .isEqualTo("unknown-person");
        assertThat(me(signedIn(TestIssuer.claims(person))).path("staff").get(0).path("staffId").asText())
                .isEqualTo(staffId.toString());
    }

    @Test
    void anAdministratorLinksASignInThatVouchesForNoAddressAndCanUnlinkIt() {
        registeredPerson();
        Api entraUser = signedIn(TestIssuer.claims(null).claim("email_verified", null));
        assertThat(entraUser.refusal(403, entraUser.get("/api/me"))).isEqualTo("unknown-person");

        admin.expect(204, admin.put("/api/staff/" + staffId + "/sign-in", """
                {"subject": "%s"}""".formatted(subject)));
        assertThat(me(entraUser).path("staff").get(0).path("staffId").asText()).isEqualTo(staffId.toString());

        admin.expect(204, admin.delete("/api/staff/" + staffId + "/sign-in"));
        assertThat(entraUser.refusal(403, entraUser.get("/api/me"))).isEqualTo("unknown-person");
    }

    @Test
    void onlyAnAdministratorLinksASignIn() {
        registeredPerson();
        Api person = Api.asStaff(port, staffId);

        assertThat(person.refusal(403, person.put("/api/staff/" + staffId + "/sign-in", """
                {"subject": "someone-else"}"""))).isEqualTo("forbidden");
    }

    @Test
    void anExpiredTokenIsRefusedWith401() {
        String person = registeredPerson();
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));

        assertUnauthenticated(TestIssuer.token(TestIssuer.claims(person)
                .issueTime(Date.from(anHourAgo.minus(Duration.ofHours(1))))
                .expirationTime(Date.from(anHourAgo)).build()));
    }

    @Test
    void aTokenWithoutAnExpiryOrValidForLongerThanHeartwoodAcceptsIsRefusedWith401() {
        String person = registeredPerson();
        Instant now = Instant.now();

        assertUnauthenticated(TestIssuer.token(TestIssuer.claims(person).expirationTime(null).build()));
        assertUnauthenticated(TestIssuer.token(TestIssuer.claims(person)
                .expirationTime(Date.from(now.plus(Duration.ofDays(30)))).build()));
        assertUnauthenticated(TestIssuer.token(TestIssuer.claims(person).issueTime(null)
                .expirationTime(Date.from(now.plus(Duration.ofDays(30)))).build()));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedWith401() {
        String person = registeredPerson();

        assertUnauthenticated(TestIssuer.token(TestIssuer.claims(person).issuer("https://evil.example").build()));
    }

    @Test
    void aTokenForAnotherApplicationIsRefusedWith401() {
        String person = registeredPerson();

        assertUnauthenticated(TestIssuer.token(TestIssuer.claims(person).audience("another-app").build()));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedWith401() throws Exception {
        String person = registeredPerson();

        assertUnauthenticated(signedWithAnotherKey(TestIssuer.claims(person).build()));
    }

    @Test
    void aTokenWithoutASubjectIsRefusedWith401() {
        String person = registeredPerson();

        assertUnauthenticated(TestIssuer.token(TestIssuer.claims(person).subject(null).build()));
    }

    @Test
    void anAddressTheProviderDoesNotVouchForWithAPlainTrueIsRefusedWith401() {
        String person = registeredPerson();

        for (Object notAPlainTrue : new Object[]{false, "true", 1, "yes"}) {
            assertUnauthenticated(TestIssuer.token(TestIssuer.claims(person)
                    .claim("email_verified", notAPlainTrue).build()));
        }
    }

    @Test
    void anAddressWithControlOrInvisibleFormattingCharactersIsRefusedWith401() {
        String person = registeredPerson();

        for (String hidden : new String[]{"\u0000", "\n", "\u202E", "\u200B"}) {
            assertUnauthenticated(TestIssuer.token(TestIssuer.claims(hidden + person).build()));
        }
    }

    @Test
    void aGoodTokenForSomeoneNotOnAnyStaffIsRefusedWith403() {
        Api stranger = Api.as(port, "nobody-" + UUID.randomUUID() + "@elsewhere.example");
        long before = events.count();

        assertThat(stranger.refusal(403, stranger.get("/api/me"))).isEqualTo("unknown-person");
        assertThat(stranger.refusal(403, stranger.post("/api/trusts", """
                {"trustId": "%s", "name": "Stranger Trust"}""".formatted(UUID.randomUUID()))))
                .isEqualTo("unknown-person");
        assertThat(events.count()).isEqualTo(before);
    }

    /** The address in full-width forms (U+FF01 to U+FF5E), which NFKC folds to the plain ones. */
    private static String fullWidth(String address) {
        return address.chars()
                .map(c -> c > ' ' && c < 0x7F ? c + 0xFEE0 : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private void assertUnauthenticated(String token) {
        Api caller = Api.withToken(port, token);
        ResponseEntity<String> answer = caller.get("/api/me");

        assertThat(caller.refusal(401, answer)).isEqualTo("unauthenticated");
        assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
    }

    private static String signedWithAnotherKey(JWTClaimsSet claims) throws NoSuchAlgorithmException, JOSEException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(generator.generateKeyPair().getPrivate()));
        return jwt.serialize();
    }
}
