package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * One "Reports" item in the navigation stands for every report a person may open, and the Reports page lists
 * exactly those reports, each with what it shows.
 */
@WaypointTest
class ReportsPageTest {

    private static final Pattern LINK = Pattern.compile("<a[^>]*href=\"([^\"]+)\"[^>]*>\\s*(?:<strong[^>]*>)?([^<]+?)\\s*<");

    @LocalServerPort
    int port;

    @Test
    void a_head_of_delivery_sees_the_caseload_board_accountability_funding_and_self_assessment() {
        PageClient.Page page = PageClient.signedInAs(port, DemoAccounts.HEAD).get("/reports");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-l\">Reports</h1>");
        assertThat(reportsOn(page)).containsExactly("Caseload board", "Accountability", "Funding forecast",
                "Funding audit", "Self-assessment");
        assertThat(page.text()).contains("What the provider earns each month of a funding year");
    }

    @Test
    void a_tutor_sees_only_the_caseload_board() {
        PageClient.Page page = PageClient.signedInAs(port, DemoAccounts.TUTOR).get("/reports");

        assertThat(page.status()).isEqualTo(200);
        assertThat(reportsOn(page)).containsExactly("Caseload board");
    }

    @Test
    void quality_sees_accountability_equality_funding_audit_and_self_assessment() {
        PageClient.Page page = PageClient.signedInAs(port, DemoAccounts.QUALITY).get("/reports");

        assertThat(page.status()).isEqualTo(200);
        assertThat(reportsOn(page)).containsExactly("Accountability", "Equality monitoring", "Funding audit",
                "Self-assessment");
    }

    @Test
    void a_learner_has_no_report_so_no_reports_item_and_the_page_is_refused() {
        PageClient learner = PageClient.signedInAs(port, DemoAccounts.LEARNER);

        assertThat(learner.get("/reports").status()).isEqualTo(403);
        assertThat(navigationOn(learner.get("/"))).doesNotContain("Reports");
    }

    @Test
    void the_reports_are_one_item_in_the_navigation_active_on_each_report() {
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);

        List<String> navigation = navigationOn(head.get("/"));
        assertThat(navigation).contains("Reports")
                .doesNotContain("Accountability", "Caseload board", "Funding forecast", "Funding audit",
                        "Self-assessment", "Processing activities");
        for (String report : List.of("/reports", "/accountability", "/funding-audit", "/self-assessment",
                "/reports/caseload")) {
            assertThat(activeItemOn(head.get(report))).as("active item on " + report).isEqualTo("Reports");
        }
        assertThat(activeItemOn(head.get("/learners"))).isEqualTo("Learners");
    }

    @Test
    void processing_activities_is_in_the_navigation_of_the_data_protection_officer_and_in_the_footer_for_other_staff() {
        PageClient.Page officer = PageClient.signedInAs(port, DemoAccounts.DATA_PROTECTION_OFFICER).get("/");
        assertThat(navigationOn(officer)).contains("Processing activities");
        assertThat(navigationOn(PageClient.signedInAs(port, DemoAccounts.ADMIN).get("/")))
                .contains("Processing activities", "ILR return", "Reports");

        PageClient.Page tutorHome = PageClient.signedInAs(port, DemoAccounts.TUTOR).get("/");
        assertThat(navigationOn(tutorHome)).doesNotContain("Processing activities");
        assertThat(footerOn(tutorHome)).contains("Processing activities");

        PageClient.Page learnerHome = PageClient.signedInAs(port, DemoAccounts.LEARNER).get("/");
        assertThat(footerOn(learnerHome)).doesNotContain("Processing activities");
    }

    private static List<String> reportsOn(PageClient.Page page) {
        return labels(section(page.body(), "<ul class=\"govuk-list govuk-list--spaced\" id=\"reports\">", "</ul>"));
    }

    private static List<String> navigationOn(PageClient.Page page) {
        return labels(section(page.body(), "id=\"navigation\">", "</ul>"));
    }

    private static List<String> footerOn(PageClient.Page page) {
        return labels(section(page.body(), "<footer", "</footer>"));
    }

    private static String activeItemOn(PageClient.Page page) {
        assertThat(page.status()).isEqualTo(200);
        String navigation = section(page.body(), "id=\"navigation\">", "</ul>");
        Matcher active = Pattern.compile("<strong[^>]*active-fallback[^>]*>([^<]+)</strong>").matcher(navigation);
        return active.find() ? active.group(1).trim() : null;
    }

    private static String section(String body, String start, String end) {
        int from = body.indexOf(start);
        assertThat(from).as("the page has " + start).isNotNegative();
        return body.substring(from, body.indexOf(end, from));
    }

    private static List<String> labels(String html) {
        List<String> labels = new ArrayList<>();
        Matcher link = LINK.matcher(html);
        while (link.find()) {
            labels.add(link.group(2).trim());
        }
        return labels;
    }
}
