package dev.heartwood.infra;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The test issuer as an OpenID Connect provider, for the pages' sign-in: on the loopback, it answers an authorization
 * request at once for the person a test has chosen (there is no one to type a password), and exchanges the code for
 * an ID token signed with the test issuer's key. It is started once per test JVM, before the application, whose
 * test profile points its client registration here ({@code heartwood.test.identity-provider}).
 */
public final class TestIdentityProvider implements EnvironmentPostProcessor {

    public static final String CLIENT_ID = "heartwood-pages";

    private record Grant(String email, String nonce) {
    }

    private static final Map<String, Grant> CODES = new ConcurrentHashMap<>();
    private static volatile String nextPerson;
    private static final HttpServer SERVER = start();

    /** The next sign-in through this provider is this person's. */
    public static void signsInNext(String email) {
        nextPerson = email;
    }

    public static String address() {
        return "http://localhost:" + SERVER.getAddress().getPort();
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("test-identity-provider",
                Map.of("heartwood.test.identity-provider", address())));
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/authorize", TestIdentityProvider::authorize);
            server.createContext("/token", TestIdentityProvider::token);
            server.createContext("/jwks", exchange -> answer(exchange, 200, keys()));
            server.setExecutor(null);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parameters(exchange.getRequestURI().getRawQuery());
        String code = UUID.randomUUID().toString();
        CODES.put(code, new Grant(nextPerson, query.get("nonce")));
        exchange.getResponseHeaders().set("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                + URLDecoder.decode(query.get("state"), StandardCharsets.UTF_8).replace("=", "%3D"));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = parameters(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8));
        Grant grant = CODES.remove(form.get("code"));
        if (grant == null) {
            answer(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        JWTClaimsSet.Builder claims = TestIssuer.claims(grant.email()).audience(CLIENT_ID);
        if (grant.nonce() != null) {
            claims.claim("nonce", grant.nonce());
        }
        answer(exchange, 200, "{\"access_token\":\"" + UUID.randomUUID() + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":300,\"id_token\":\"" + TestIssuer.token(claims.build()) + "\"}");
    }

    private static Map<String, String> parameters(String encoded) {
        return encoded == null ? Map.of() : Arrays.stream(encoded.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0],
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
    }

    private static String keys() {
        try (InputStream in = TestIdentityProvider.class.getResourceAsStream("/test-issuer/public.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
            return new JWKSet(new RSAKey.Builder(key).build()).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
