package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The local mode, without an identity provider: users and passwords from configuration, an administrator or a
 * person signing in with their e-mail address. On a database of one's own it starts only when told in so many words.
 */
@ExtendWith(OutputCaptureExtension.class)
class LocalModeTest extends ApiTestBase {

    @Autowired
    DataSource dataSource;

    @Test
    void refusesToStartOnADatabaseOfItsOwnUnlessTold() {
        assertThatThrownBy(() -> localMode(List.of()).close())
                .hasStackTraceContaining("SPRING_DATASOURCE_URL is set but single sign-on is not");
    }

    @Test
    void signsInTheConfiguredAdministratorAndPeopleByTheirAddressWithHttpBasic() {
        UUID school = new Given(admin).school(null, "Oakfield Primary");
        UUID teacherId = UUID.randomUUID();
        admin.expect(201, admin.registerTeacher(school, teacherId, "Asha Patel"));
        caughtUp("directory");
        String email = Api.emailOf(teacherId);

        try (ConfigurableApplicationContext local = localMode(List.of(
                "--heartwood.security.local-mode.allowed-on-external-database=true",
                "--heartwood.security.users[0].username=root", "--heartwood.security.users[0].password={noop}s3cret",
                "--heartwood.security.users[0].role=ADMINISTRATOR",
                "--heartwood.security.users[1].username=" + email,
                "--heartwood.security.users[1].password=asha-password"))) {
            int port = SecondInstance.port(local);
            Api root = new Api(port, "root", "s3cret");
            Api teacher = new Api(port, email, "asha-password");

            assertThat(root.read(root.get("/api/me")).path("administrator").asBoolean()).isTrue();
            assertThat(teacher.read(teacher.get("/api/me")).path("staff").get(0).path("staffId").asText())
                    .isEqualTo(teacherId.toString());
            teacher.expect(200, teacher.get("/api/staff/" + teacherId));
            assertThat(teacher.refusal(403, teacher.get("/api/schools/" + school + "/reports/training-compliance")))
                    .isEqualTo("forbidden");
            Api wrong = new Api(port, "root", "guess");
            assertThat(wrong.refusal(401, wrong.get("/api/me"))).isEqualTo("unauthenticated");
            assertThat(wrong.get("/api/me").getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
            JsonNode document = root.read(root.get("/v3/api-docs"));
            assertThat(document.at("/components/securitySchemes/signIn/scheme").asText()).isEqualTo("basic");
            assertThat(document.at("/paths/~1api~1me/get/responses/429/content/application~1problem+json/schema"
                    + "/allOf/1/properties/code/enum/0").asText()).isEqualTo("too-many-sign-in-attempts");
        }
    }

    @Test
    void throttlesRepeatedFailedSignInsOfAUserAndLogsEachWithoutItsCredentials(CapturedOutput output) {
        try (ConfigurableApplicationContext local = localMode(List.of(
                "--heartwood.security.local-mode.allowed-on-external-database=true",
                "--heartwood.security.users[0].username=root", "--heartwood.security.users[0].password=s3cret",
                "--heartwood.security.users[0].role=ADMINISTRATOR",
                "--heartwood.security.users[1].username=clerk", "--heartwood.security.users[1].password=k3y",
                "--heartwood.security.users[1].role=ADMINISTRATOR"))) {
            int port = SecondInstance.port(local);
            // the administrator reads the document every answer is checked against before anyone guesses
            new Api(port, "root", "s3cret").expect(200, new Api(port, "root", "s3cret").get("/api/me"));
            Api guesser = new Api(port, "root", "guess-1234");
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(guesser.refusal(401, guesser.get("/api/me"))).isEqualTo("unauthenticated");
            }

            Api rightPasswordTooLate = new Api(port, "Root", "s3cret");
            ResponseEntity<String> throttled = rightPasswordTooLate.get("/api/me");
            Api anotherUser = new Api(port, "clerk", "k3y");

            assertThat(rightPasswordTooLate.refusal(429, throttled)).isEqualTo("too-many-sign-in-attempts");
            assertThat(throttled.getHeaders().getFirst("Retry-After")).isEqualTo("900");
            anotherUser.expect(200, anotherUser.get("/api/me"));
            assertThat(output.getOut()).contains("Sign-in failed from 127.0.0.1")
                    .contains("Sign-in refused without a try from 127.0.0.1")
                    .doesNotContain("guess-1234").doesNotContain("s3cret");
        }
    }

    @Test
    void thePagesSignInFormChecksTheConfiguredUserKeepsASessionAndIsThrottledToo() throws Exception {
        try (ConfigurableApplicationContext local = localMode(List.of(
                "--heartwood.security.local-mode.allowed-on-external-database=true",
                "--heartwood.security.users[0].username=root", "--heartwood.security.users[0].password=s3cret",
                "--heartwood.security.users[0].role=ADMINISTRATOR"))) {
            SignInForm form = new SignInForm(SecondInstance.port(local));

            assertThat(form.signIn("root", "wrong")).endsWith("/login?failed");
            assertThat(form.signIn("root", "s3cret")).endsWith("/");
            assertThat(form.get("/accessibility")).contains("Sign out");
            assertThat(form.postWithoutToken("/sign-out")).isEqualTo(403);
            // the sign-in that succeeded cleared the user's count: five failures from here
            for (int attempt = 1; attempt <= 5; attempt++) {
                form.signIn("root", "wrong-" + attempt);
            }
            assertThat(form.signIn("root", "s3cret")).endsWith("/login?throttled");
        }
    }

    /** A second application on the tests' database, with single sign-on turned off. */
    private ConfigurableApplicationContext localMode(List<String> settings) {
        List<String> arguments = new ArrayList<>(List.of("--heartwood.security.oidc.issuer="));
        arguments.addAll(settings);
        return SecondInstance.on(dataSource, arguments.toArray(String[]::new));
    }
}
