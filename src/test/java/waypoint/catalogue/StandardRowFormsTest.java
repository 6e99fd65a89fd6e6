package waypoint.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * A standard's forms of rows (end-point assessment methods, gateway items) say which row each problem is in, by its
 * number on the page, and save nothing while one has a problem.
 */
@WaypointTest
class StandardRowFormsTest {

    @LocalServerPort
    int port;
    @Autowired
    Standards standards;

    @Test
    void a_method_s_problems_name_the_method_by_its_number() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        String edit = "/standards/ST0148/versions/1.0/epa-methods";
        PageClient.Page form = admin.get(edit);
        var before = standards.latest("ST0148").orElseThrow();

        PageClient.Page refused = admin.post(edit, form, List.of(
                Map.entry("methods[0].name", "Observation with questions"),
                Map.entry("methods[0].grades", "Fail, Pass"),
                Map.entry("methods[1].durationMinutes", "ninety"),
                Map.entry("methods[1].grades", "Pass, Distinction, pass")));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem", "Enter the name of method 2, or tick remove",
                "Method 2&#39;s duration in minutes must be a whole number, like 1",
                "Method 2&#39;s grades must not repeat &#39;pass&#39;", "#methods-1-name");
        assertThat(standards.latest("ST0148").orElseThrow()).isEqualTo(before);
    }

    @Test
    void a_gateway_item_s_problems_name_the_item_by_its_number() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        String edit = "/standards/ST0148/versions/1.0/gateway-items";
        PageClient.Page form = admin.get(edit);

        PageClient.Page refused = admin.post(edit, form, List.of(Map.entry("items[0].kind", "NOT_A_KIND"),
                Map.entry("items[0].description", "Portfolio of evidence")));

        assertThat(refused.body()).contains("There is a problem", "Choose the kind of item 1", "#items-0-kind");
    }
}
