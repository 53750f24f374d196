package dev.heartwood.infra;

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
 * for Heartwood's audience, in date, naming a verified address; the person it names must be on a school's staff.
 */
class SignInTest extends ApiTestBase {

    private String signedInPerson() {
        UUID school = new LearningRecords(admin).school(null, "Oakfield Primary");
        UUID staffId = UUID.randomUUID();
        admin.expect(201, admin.registerTeacher(school, staffId, "Asha Patel"));
        return Api.emailOf(staffId);
    }

    @Test
    void aGoodTokenNamesAMemberOfStaffByTheirAddressWhateverItsCase() {
        String person = signedInPerson();

        ResponseEntity<String> me = Api.withToken(port, TestIssuer.token(TestIssuer.claims(person.toUpperCase())
                .build())).get("/api/me");

        assertThat(me.getStatusCode().value()).isEqualTo(200);
        assertThat(admin.read(me).path("staff")).hasSize(1);
    }

    @Test
    void anExpiredTokenIsRefusedWith401() {
        String person = signedInPerson();
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));

        assertUnauthenticated(TestIssuer.token(TestIssuer.claims(person)
                .issueTime(Date.from(anHourAgo.minus(Duration.ofHours(1))))
                .expirationTime(Date.from(anHourAgo)).build()));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefusedWith401() {
        String person = signedInPerson();

        assertUnauthenticated(TestIssuer.token(TestIssuer.claims(person).issuer("https://evil.example").build()));
    }

    @Test
    void aTokenForAnotherApplicationIsRefusedWith401() {
        String person = signedInPerson();

        assertUnauthenticated(TestIssuer.token(TestIssuer.claims(person).audience("another-app").build()));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefusedWith401() throws Exception {
        String person = signedInPerson();

        assertUnauthenticated(signedWithAnotherKey(TestIssuer.claims(person).build()));
    }

    @Test
    void anUnverifiedAddressOrNoAddressIsRefusedWith401() {
        String person = signedInPerson();

        assertUnauthenticated(TestIssuer.token(TestIssuer.claims(person).claim("email_verified", false).build()));
        assertUnauthenticated(TestIssuer.token(TestIssuer.claims(person).claim("email", null).build()));
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
