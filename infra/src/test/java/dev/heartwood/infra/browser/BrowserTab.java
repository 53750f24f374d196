package dev.heartwood.infra.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.heartwood.infra.TestIdentityProvider;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One test's browser: a context of its own (no cookies or storage from another test) with one page, on the
 * application's origin, so that {@code open("/accessibility")} needs no host. Every request to another origin is
 * refused and remembered; {@link Chromium} fails the test when there was one.
 */
public final class BrowserTab implements AutoCloseable {

    /** Where screenshots go; {@code -Dheartwood.screenshots=../docs/screenshots} refreshes the README's. */
    private static final Path SCREENSHOTS = Path.of(System.getProperty("heartwood.screenshots", "target/screenshots"));

    private final BrowserContext context;
    private final Page page;
    private final List<String> requestsElsewhere = new CopyOnWriteArrayList<>();

    private BrowserTab(BrowserContext context) {
        this.context = context;
        this.page = context.newPage();
    }

    static BrowserTab open(Browser browser, String address) {
        Origin origin = Origin.of(address);
        BrowserTab tab = new BrowserTab(browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(origin.toString())
                .setLocale("en-GB")
                .setTimezoneId("Europe/London")
                .setViewportSize(1024, 768)));
        // the identity provider is another site, as a school's is: the pages send the browser there to sign in
        Origin identityProvider = Origin.of(TestIdentityProvider.address());
        tab.context.route(url -> !origin.owns(url) && !identityProvider.owns(url), route -> {
            tab.requestsElsewhere.add(route.request().url());
            route.abort();
        });
        return tab;
    }

    public Page page() {
        return page;
    }

    /** Goes to a page of the application, which must answer it with success. */
    public Page open(String path) {
        Response response = page.navigate(path);
        if (response == null || !response.ok()) {
            throw new AssertionError("GET " + path + " answered " + (response == null ? "nothing" : response.status()));
        }
        return page;
    }

    /**
     * Signs in through the test's identity provider as the person with this address, as they would by pressing the
     * sign-in page's button; the page is then wherever Heartwood sends a person who has just signed in.
     */
    public Page signInAs(String email) {
        TestIdentityProvider.signsInNext(email);
        open("/login");
        page.getByText("Sign in with your school account").click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /** What the page asked for outside the application, all of it refused. */
    public List<String> requestsElsewhere() {
        return List.copyOf(requestsElsewhere);
    }

    /** The whole page as it looks now, as {@code <name>.png}. */
    public Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        context.close();
    }
}
