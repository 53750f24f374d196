package dev.heartwood.infra;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What anyone may fetch without signing in (the accessibility statement and the pages' assets), and that the JSON
 * API answers a browser as it answers any client, with problem documents, now that the application also has pages.
 */
@HeartwoodIntegrationTest
class PublicPagesTest {

    /** What a browser asks for when it follows a link. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:assets|webjars)/[^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void anyoneReadsTheAccessibilityStatementWithoutSigningIn() {
        Api anonymous = new Api(port, null, null);

        ResponseEntity<String> statement = anonymous.send(HttpMethod.GET, "/accessibility", null, BROWSER);

        anonymous.expect(200, statement);
        assertThat(statement.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(statement.getBody())
                .contains("<h1 class=\"govuk-heading-xl\">Accessibility statement for Heartwood</h1>");
    }

    @Test
    void theStylesheetAndScriptsAreAnyonesAndNamedByTheirContentSoBrowsersKeepThem() {
        Api anonymous = new Api(port, null, null);
        String statement = anonymous.send(HttpMethod.GET, "/accessibility", null, BROWSER).getBody();

        List<String> assets = ASSET.matcher(statement).results().map(match -> match.group(1)).toList();

        assertThat(assets).hasSize(3).allMatch(path -> path.matches(".*-[0-9a-f]{32}\\.(css|js)"));
        assertThat(assets).anyMatch(path -> path.startsWith("/webjars/htmx.org/2.0.10/dist/htmx.min-"));
        for (String asset : assets) {
            ResponseEntity<String> served = anonymous.get(asset);
            anonymous.expect(200, served);
            assertThat(served.getHeaders().getCacheControl()).contains("max-age=31536000");
        }
    }

    @Test
    void theApiAnswersABrowserWithProblemDocuments() {
        Api anonymous = new Api(port, null, null);
        Api admin = Api.administrator(port);

        ResponseEntity<String> unsigned = anonymous.send(HttpMethod.GET, "/api/schools/" + UUID.randomUUID(), null,
                BROWSER);
        ResponseEntity<String> unknown = admin.send(HttpMethod.GET, "/api/no-such-thing", null, BROWSER);

        assertThat(anonymous.refusal(401, unsigned)).isEqualTo("unauthenticated");
        assertThat(admin.refusal(404, unknown)).isNotBlank();
        assertThat(admin.aProblem(unknown)).isTrue();
    }
}
