package waypoint.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;

/**
 * A browser journey: Playwright driving Debian's Chromium against the running application, with an axe-core
 * WCAG 2.2 AA check on every page the journey visits. Without a Chromium the journey is skipped with a message,
 * except under CI=true, where browser journeys must run.
 */
@WaypointTest
@Tag("browser")
@ExtendWith(BrowserJourney.ChromiumExtension.class)
public abstract class BrowserJourney {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @LocalServerPort
    protected int port;
    protected Page page;
    private BrowserContext context;
    private final List<BrowserContext> otherContexts = new java.util.ArrayList<>();

    /** One Chromium for the whole run, closed by JUnit when the run ends. */
    private static final class SharedBrowser implements AutoCloseable {
        private final Playwright playwright;
        private final Browser browser;

        SharedBrowser(Path chromium) {
            playwright = Playwright.create();
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                    .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                            "--no-first-run", "--disable-background-networking", "--disable-component-update",
                            "--disable-sync")));
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }

    /** Starts the shared Chromium once, in JUnit's root store, which closes it when the run ends. */
    static final class ChromiumExtension implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext extension) {
            Path chromium = chromiumPath();
            if (Files.isExecutable(chromium)) {
                shared = extension.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .computeIfAbsent(SharedBrowser.class, key -> new SharedBrowser(chromium), SharedBrowser.class);
            }
        }
    }

    private static SharedBrowser shared;

    private static Path chromiumPath() {
        return Path.of(System.getenv().getOrDefault("WAYPOINT_CHROMIUM", "/usr/bin/chromium"));
    }

    @BeforeEach
    void openBrowser() {
        Path chromium = chromiumPath();
        if (!Files.isExecutable(chromium)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("Browser journeys must run under CI, but there is no Chromium at "
                        + chromium + " (install Debian's chromium or set WAYPOINT_CHROMIUM)");
            }
            Assumptions.abort("Skipping browser journey: no Chromium at " + chromium
                    + " (apt-get install chromium, or set WAYPOINT_CHROMIUM)");
        }
        context = shared.browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port));
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        otherContexts.forEach(BrowserContext::close);
        otherContexts.clear();
        if (context != null) {
            context.close();
        }
    }

    /**
     * A page in a browser context of its own (its own cookies), for a journey where several people work at once,
     * each signed in in their own browser. Assign it to {@link #page} to act as that person; closed with the journey.
     */
    protected Page anotherBrowser() {
        BrowserContext other = shared.browser.newContext(
                new Browser.NewContextOptions().setBaseURL("http://localhost:" + port));
        otherContexts.add(other);
        return other.newPage();
    }

    /** Goes to a path and checks the page it lands on for accessibility. */
    protected void visit(String path) {
        page.navigate(path);
        assertAccessible();
    }

    /** Checks the page as it is now against WCAG 2.2 AA. */
    protected void assertAccessible() {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
        String violations = results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " (" + v.getNodes().size() + " on " + page.url() + ")")
                .collect(Collectors.joining("\n"));
        assertThat(violations).as("accessibility violations on " + page.url()).isEmpty();
    }

    protected void signInAs(DemoAccounts account) {
        signIn(account.email(), DemoAccounts.PASSWORD);
    }

    protected void signIn(String email, String password) {
        visit("/sign-in");
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        assertAccessible();
    }

    /** Saves a screenshot under target/screenshots, to look at the page as a person would. */
    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }
}
