package dev.heartwood.infra.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Heartwood's pages in a real browser, for a {@code @HeartwoodIntegrationTest} that takes a {@link BrowserTab}
 * parameter. Debian's Chromium is launched once for the whole test run and closed when the run ends; each test gets
 * a browser context of its own on the application, closed after the test. Playwright cannot download a browser
 * here, so it drives the one {@code infra/install-chromium} installs; where there is none, the tests fail saying
 * how to get one (a skipped browser test would pass a page nobody looked at).
 */
public final class Chromium implements ParameterResolver, AfterEachCallback {

    /** Debian's {@code chromium-headless-shell} (the /usr/bin one is a shell script around this). */
    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/lib/chromium/chromium-headless-shell");

    /** Flags for a machine with no network but the application: nothing in the background calls home. */
    private static final List<String> CLOSED_NETWORK = List.of(
            "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
            "--disable-default-apps", "--disable-domain-reliability", "--no-default-browser-check");

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BrowserTab.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = context.getRoot().getStore(ExtensionContext.Namespace.create(Chromium.class))
                .getOrComputeIfAbsent(Launched.class, key -> Launched.start(), Launched.class).browser();
        int port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
        BrowserTab tab = BrowserTab.open(browser, "http://localhost:" + port);
        context.getStore(ExtensionContext.Namespace.create(Chromium.class, context.getUniqueId()))
                .put(BrowserTab.class, tab);
        return tab;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        BrowserTab tab = context.getStore(ExtensionContext.Namespace.create(Chromium.class, context.getUniqueId()))
                .remove(BrowserTab.class, BrowserTab.class);
        if (tab == null) {
            return;
        }
        tab.close();
        List<String> elsewhere = tab.requestsElsewhere();
        if (!elsewhere.isEmpty()) {
            throw new AssertionError("The page asked for something outside Heartwood (refused): " + elsewhere);
        }
    }

    /** The browser of the test run; JUnit closes it, and Playwright's driver with it, when the run ends. */
    private record Launched(Playwright playwright, Browser browser)
            implements ExtensionContext.Store.CloseableResource {

        static Launched start() {
            Path binary = binary();
            if (!Files.isExecutable(binary)) {
                throw new ParameterResolutionException("The browser tests need Chromium, and there is none at " + binary
                        + ". On Debian or Ubuntu install it as root: apt-get update && apt-get install -y"
                        + " chromium-headless-shell (./mvnw verify does this itself when run as root). Elsewhere set"
                        + " HEARTWOOD_CHROMIUM to a Chromium or Chrome binary.");
            }
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            try {
                return new Launched(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(binary)
                        .setHeadless(true)
                        .setArgs(CLOSED_NETWORK)));
            } catch (RuntimeException launchFailed) {
                playwright.close();
                throw launchFailed;
            }
        }

        private static Path binary() {
            String configured = System.getenv("HEARTWOOD_CHROMIUM");
            return configured == null || configured.isBlank() ? DEBIAN_CHROMIUM : Path.of(configured);
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
