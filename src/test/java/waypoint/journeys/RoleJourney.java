package waypoint.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;

import waypoint.support.BrowserJourney;

/**
 * A journey of one role through the demo provider: helpers for the navigation, the error pages a role is shown
 * instead of data, and a look at a page on a phone-sized screen.
 */
abstract class RoleJourney extends BrowserJourney {

    /** An iPhone-sized screen in CSS pixels, the narrowest the pages are checked at. */
    private static final int PHONE_WIDTH = 375;
    private static final int PHONE_HEIGHT = 812;

    /** The labels of the role navigation, in order. */
    protected void assertNavigation(String... labels) {
        assertThat(page.locator("#navigation li")).hasText(labels);
    }

    protected Locator navigationLink(String label) {
        return page.locator("#navigation").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(label).setExact(true));
    }

    protected Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    protected Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Opens a page the role may not see: the 403 page (its status and its heading), checked for accessibility. */
    protected void visitDenied(String path) {
        visitExpecting(path, 403);
        assertThat(page.locator("h1")).hasText("You do not have access to this page");
    }

    /** Opens a record the role may not know exists: the 404 page (its status and its heading), checked for accessibility. */
    protected void visitNotFound(String path) {
        visitExpecting(path, 404);
        assertThat(page.locator("h1")).hasText("Page not found");
    }

    private void visitExpecting(String path, int status) {
        Response response = page.navigate(path);
        Assertions.assertThat(response.status()).as("status of " + path).isEqualTo(status);
        assertAccessible();
    }

    /**
     * Opens the current page again on a phone-sized screen (same session, own browser context, so the journey's
     * own viewport is untouched), with the collapsed menu opened: nothing may be wider than the screen, and the
     * page must pass the same accessibility check. Saves a screenshot to look at.
     */
    protected void lookOnPhone(String name) {
        Browser browser = page.context().browser();
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setViewportSize(PHONE_WIDTH, PHONE_HEIGHT))) {
            phone.addCookies(page.context().cookies());
            Page small = phone.newPage();
            small.navigate(page.url());
            lookAtPhoneSized(small, name);
        }
    }

    /**
     * Looks at the page as it is now (such as a form shown again with what was typed, which opening its address
     * again would not show) on a phone-sized screen, by narrowing the journey's own window to a phone's and back:
     * the same checks and screenshot as {@link #lookOnPhone}.
     */
    protected void lookOnPhoneAsItIs(String name) {
        var size = page.viewportSize();
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        try {
            lookAtPhoneSized(page, name);
        } finally {
            Locator menu = page.locator(".govuk-service-navigation__toggle");
            if (menu.isVisible() && "true".equals(menu.getAttribute("aria-expanded"))) {
                menu.click();
            }
            page.setViewportSize(size.width, size.height);
        }
    }

    private void lookAtPhoneSized(Page small, String name) {
        Locator menu = small.locator(".govuk-service-navigation__toggle");
        if (menu.isVisible()) {
            menu.click();
        }
        Number overflow = (Number) small.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        small.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
        Assertions.assertThat(overflow.intValue()).as("how far " + small.url() + " is wider than a phone screen").isLessThanOrEqualTo(0);
        AxeResults results = new AxeBuilder(small).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze();
        Assertions.assertThat(results.getViolations()).as("accessibility violations on a phone at " + small.url())
                .extracting(v -> v.getId() + ": " + v.getHelp()).isEmpty();
    }
}
