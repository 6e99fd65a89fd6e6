package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The caseload board (docs/domain/accountability.md, "The caseload board"): a tutor's board shows only their own
 * caseload, each signal in words as well as colour, counts at the top, as a page, CSV and JSON; the head of
 * delivery's overview counts the same signals by tutor; learners and employers are refused; a sort that is not one is
 * a 400 problem.
 */
@WaypointTest
class CaseloadBoardTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;

    static List<String> ids(JsonNode rows) {
        List<String> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get("apprenticeshipId").asString()));
        return ids;
    }

    @Test
    void a_tutor_s_board_shows_every_apprentice_on_their_caseload_and_nobody_else_s() {
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        UUID first = people.inLearning(enrolment, "ST0116", LocalDate.now().minusDays(120));
        UUID second = people.inLearning(enrolment, "ST0116", LocalDate.now().minusDays(30));
        Api tutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);

        JsonNode board = tutor.get("/api/v1/caseload-board?sort=concern").json();

        assertThat(ids(board.get("rows"))).containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(board.get("counts").get("apprentices").asLong()).isEqualTo(2);
        for (JsonNode row : board.get("rows")) {
            assertThat(row.get("signals")).hasSize(8);
            for (JsonNode signal : row.get("signals")) {
                assertThat(signal.get("words").asString()).isNotBlank();
                if (signal.get("words").asString().startsWith("Not yet")) {
                    assertThat(signal.get("rag").asString()).as("a signal not worked out is never green")
                            .isEqualTo("UNKNOWN");
                }
            }
            assertThat(row.get("signals").get(7).get("words").asString()).isEqualTo("No open case");
        }
        // asking for another tutor's caseload shows none of theirs: a tutor sees only what they may see
        TestApprenticeships others = new TestApprenticeships(organisation, accounts);
        UUID theirs = others.inLearning(enrolment, "ST0116", LocalDate.now().minusDays(60));
        assertThat(ids(tutor.get("/api/v1/caseload-board?tutor=" + others.tutor).json().get("rows"))).isEmpty();

        PageClient pages = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        String page = pages.get("/reports/caseload").text();
        assertThat(page).contains("Caseload board", "2 apprentices", "Off-the-job pace", "Support stage",
                "No open case");
        String csv = pages.get("/reports/caseload.csv").body();
        assertThat(csv.lines().count()).isEqualTo(3);
        assertThat(csv).contains(first.toString(), second.toString()).doesNotContain(theirs.toString());

        // the head of delivery opens that tutor's board, and sees the tutor in the overview
        Api head = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
        assertThat(ids(head.get("/api/v1/caseload-board?tutor=" + people.tutor).json().get("rows")))
                .containsExactlyInAnyOrder(first.toString(), second.toString());
        PageClient headPages = PageClient.signedInAs(port, DemoAccounts.HEAD);
        assertThat(headPages.get("/reports/caseload/overview?by=tutor").text()).contains("Tutor " + "",
                "Caseload overview");
        assertThat(headPages.get("/reports/caseload/overview.csv?by=employer").body()).contains("apprentices");
    }

    @Test
    void the_demo_tutor_s_board_has_apprentices_and_learners_and_employers_may_not_open_it() {
        PageClient tutor = PageClient.signedInAs(port, DemoAccounts.TUTOR);
        assertThat(tutor.get("/reports/caseload").text()).contains("with a red signal", "all green")
                .doesNotContain("No apprentices on this caseload");
        for (DemoAccounts account : new DemoAccounts[] {DemoAccounts.LEARNER, DemoAccounts.EMPLOYER}) {
            assertThat(PageClient.signedInAs(port, account).get("/reports/caseload").status()).as(account.name())
                    .isEqualTo(403);
            Api api = Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
            assertThat(api.get("/api/v1/caseload-board").status()).as(account.name()).isEqualTo(403);
        }
        Api head = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
        Api.Response bad = head.get("/api/v1/caseload-board?sort=colour");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Sort by name, concern, off-the-job or review");
    }
}
