package waypoint.enrolment.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.PageClient;
import waypoint.support.PageClient.Page;
import waypoint.support.WaypointTest;

/** The CSV import of learners with their apprenticeships: a broken file imports nothing, then a good one. */
@WaypointTest
class ImportingLearnersAndApprenticeshipsTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Apprenticeships apprenticeships;

    TestApprenticeships people;
    String first;
    String second;

    @BeforeEach
    void setUp() {
        people = new TestApprenticeships(organisation, accounts);
        first = "imported-" + TestApprenticeships.unique() + "@example.test";
        second = "imported-" + TestApprenticeships.unique() + "@example.test";
    }

    String file(String firstRow, String secondRow) {
        return "given_names,family_name,date_of_birth,uln,email,postcode,employer,line_manager_email,standard,"
                + "tutor_email,start_date,planned_end_date,weekly_hours,status,status_date\r\n" + firstRow + "\r\n"
                + secondRow + "\r\n";
    }

    String row(String email, String employer, String start, String end, String status, String statusDate) {
        return String.join(",", "Imran", "\"Imported, Jr\"", "2003-02-01", TestApprenticeships.uln(), email,
                "LS2 9JT", employer, people.lineManagerEmail, "ST0116", people.tutorEmail, start, end, "37.5", status,
                statusDate);
    }

    PageClient admin() {
        return PageClient.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
    }

    @Test
    void a_broken_file_lists_every_rows_problems_and_imports_nothing_then_a_good_file_is_imported_at_once() {
        String employer = employerOf();
        PageClient admin = admin();
        assertThat(admin.get("/apprenticeships/import").status()).isEqualTo(200);
        Page template = admin.get("/apprenticeships/import/template.csv");
        assertThat(template.header("Content-Disposition")).contains("attachment");
        assertThat(template.body()).startsWith("\uFEFFgiven_names,family_name");

        // a file with a wrong date and an unknown employer on line 2, and a too-short apprenticeship on line 3
        String broken = file(row(first, "No Such Employer Ltd", "31/02/2026", "2027-09-01", "", ""),
                row(second, employer, "2026-09-01", "2026-12-01", "", ""));
        Page checked = admin.postFile("/apprenticeships/import", "/apprenticeships/import", "file", "broken.csv",
                broken.getBytes(StandardCharsets.UTF_8));

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.text()).contains("The file has 3 problems: nothing was imported")
                .contains("There is no employer named No Such Employer Ltd").contains("start_date")
                .contains("minimum duration");
        assertThat(organisation.findLearner(first)).isEmpty();
        assertThat(organisation.findLearner(second)).isEmpty();

        // the corrected file: the second row is an apprenticeship under way elsewhere
        String good = file(row(first, employer, "2026-09-01", "2028-03-01", "", ""),
                row(second, employer, "2025-09-01", "2027-03-01", "In learning", "2025-09-01"));
        Page ready = admin.postFile("/apprenticeships/import", "/apprenticeships/import", "file", "good.csv",
                good.getBytes(StandardCharsets.UTF_8));
        assertThat(ready.text()).contains("Every row of good.csv is ready: 2 learners and apprenticeships");
        assertThat(organisation.findLearner(first)).isEmpty();

        Page imported = admin.post("/apprenticeships/import/confirm", ready, Map.of("csv", good));
        assertThat(imported.text()).contains("Imported").contains("2 learners and apprenticeships");
        var firstLearner = organisation.findLearner(first).orElseThrow();
        assertThat(apprenticeships.ofLearner(firstLearner)).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(ApprenticeshipStatus.ONBOARDING));
        var secondLearner = organisation.findLearner(second).orElseThrow();
        assertThat(apprenticeships.ofLearner(secondLearner)).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ApprenticeshipStatus.IN_LEARNING);
            assertThat(a.migrated()).isTrue();
            assertThat(a.learnerName()).isEqualTo("Imran Imported, Jr");
        });
    }

    @Test
    void every_problem_of_a_file_is_listed_in_one_pass_including_a_uln_repeated_in_the_file() {
        String uln = TestApprenticeships.uln();
        // line 2: an unknown employer, an unknown standard and a start after the end, all at once
        String line2 = String.join(",", "Imran", "Imported", "2003-02-01", uln, first, "LS2 9JT",
                "No Such Employer Ltd", people.lineManagerEmail, "ST9999", people.tutorEmail, "2027-09-01",
                "2026-09-01", "37.5", "", "");
        // line 3: the same ULN again
        String line3 = String.join(",", "Isla", "Imported", "2003-02-01", uln, second, "LS2 9JT", employerOf(),
                people.lineManagerEmail, "ST0116", people.tutorEmail, "2026-09-01", "2028-03-01", "37.5", "", "");

        Page checked = admin().postFile("/apprenticeships/import", "/apprenticeships/import", "file", "broken.csv",
                file(line2, line3).getBytes(StandardCharsets.UTF_8));

        assertThat(checked.text()).contains("There is no employer named No Such Employer Ltd")
                .contains("There is no standard ST9999").contains("The planned end date must be after the start date")
                .contains("The ULN " + uln + " is also on line 2");
        assertThat(organisation.findLearner(first)).isEmpty();
        assertThat(organisation.findLearner(second)).isEmpty();
    }

    @Test
    void the_downloaded_template_imports_as_it_stands() {
        PageClient admin = admin();
        admin.get("/apprenticeships/import");
        String template = admin.get("/apprenticeships/import/template.csv").body();

        Page ready = admin.postFile("/apprenticeships/import", "/apprenticeships/import", "file", "template.csv",
                template.getBytes(StandardCharsets.UTF_8));
        assertThat(ready.text()).contains("is ready: 1 learner");
        Page imported = admin.post("/apprenticeships/import/confirm", ready, Map.of("csv", template));
        assertThat(imported.text()).contains("Imported");
    }

    @Test
    void a_file_without_the_template_columns_is_refused() {
        Page checked = admin().postFile("/apprenticeships/import", "/apprenticeships/import", "file", "other.csv",
                "name,email\r\nA,b@example.test\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(checked.text()).contains("The first line must name the template's columns");
    }

    @Test
    void importing_is_for_managers() {
        assertThat(PageClient.at(port).signedInAs(DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD)
                .get("/apprenticeships/import").status()).isEqualTo(403);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The file names the employer as people write it: by its name. */
    private String employerOf() {
        return jdbc.sql("SELECT name FROM employer WHERE id = :id").param("id", people.employer)
                .query(String.class).single();
    }
}
