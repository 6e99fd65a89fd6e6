package waypoint.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * Everyone sees only links they may follow: every link of the header, the role navigation, the footer and the home
 * page, for every role, opens (no 403, and no error) when followed by the person who was shown it.
 */
@WaypointTest
class LinksPeopleMayFollowTest {

    private static final Pattern HREF = Pattern.compile("<a\\b[^>]*\\bhref=\"(/[^\"#]*)\"");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(DemoAccounts.class)
    void every_link_on_the_home_page_and_in_the_navigation_opens_for_the_person_shown_it(DemoAccounts account) {
        PageClient person = PageClient.signedInAs(port, account);
        PageClient.Page home = person.get("/");
        assertThat(home.status()).as("the home page of %s", account).isEqualTo(200);

        Set<String> shown = links(home.body());
        assertThat(shown).as("the links of %s's home page", account).isNotEmpty();

        List<String> refused = new ArrayList<>();
        Set<String> followed = new LinkedHashSet<>();
        for (String link : shown) {
            PageClient.Page opened = open(person, link, refused, followed, "the home page");
            // and every link of each page the home page and the navigation lead to
            if (opened != null && opened.status() == 200 && opened.header("Content-Type").startsWith("text/html")) {
                for (String deeper : links(opened.body())) {
                    open(person, deeper, refused, followed, link);
                }
            }
        }
        assertThat(refused).as("links shown to %s that do not open for them", account).isEmpty();
    }

    private static PageClient.Page open(PageClient person, String link, List<String> refused, Set<String> followed,
            String from) {
        if (!followed.add(link)) {
            return null;
        }
        PageClient.Page page = person.get(link);
        if (page.status() == 403 || page.status() == 404 || page.status() >= 500) {
            refused.add(link + " (" + page.status() + ", linked from " + from + ")");
        }
        return page;
    }

    static Set<String> links(String html) {
        Set<String> links = new LinkedHashSet<>();
        Matcher href = HREF.matcher(html);
        while (href.find()) {
            String link = href.group(1).replace("&amp;", "&");
            if (!link.startsWith("/webjars/") && !link.startsWith("/css/") && !link.startsWith("/js/")) {
                links.add(link);
            }
        }
        return links;
    }
}
