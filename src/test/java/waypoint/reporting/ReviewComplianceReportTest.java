package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.review.internal.ReviewService;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * Review compliance, the reporting module's report across the apprenticeships a member of staff may see: staff open
 * it as a page, a CSV file and in the API (a tutor sees their caseload only); learners and employers do not; the
 * old addresses send a bookmark on.
 */
@WaypointTest
class ReviewComplianceReportTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    ReviewService reviews;
    @Autowired
    Clock clock;

    TestApprenticeships people;
    UUID apprenticeship;

    @BeforeEach
    void anApprenticeWhoseFirstReviewIsOverdue() {
        people = new TestApprenticeships(organisation, accounts);
        apprenticeship = people.inLearning(enrolment, "ST0116", LocalDate.now(clock).minusDays(200));
        reviews.schedule(new ApprenticeshipId(apprenticeship));
    }

    private List<String> overdueApprenticeships(Api as) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            Api.Response answer = as.get("/api/v1/reviews/compliance?filter=OVERDUE&page=" + page);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode items = answer.json().get("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(item -> ids.add(item.get("apprenticeshipId").asString()));
        }
        return ids;
    }

    @Test
    void staff_open_the_report_and_a_tutor_sees_only_their_own_caseload() {
        Api ownTutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);
        Api otherTutor = Api.at(port).signedInAs(DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD);

        assertThat(overdueApprenticeships(ownTutor)).containsExactly(apprenticeship.toString());
        assertThat(overdueApprenticeships(otherTutor)).doesNotContain(apprenticeship.toString());
        JsonNode summary = ownTutor.get("/api/v1/reviews/compliance").json();
        assertThat(summary.get("activeApprentices").asLong()).isEqualTo(1);
        assertThat(summary.get("withInDateReview").asLong()).isZero();

        PageClient tutorPages = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        PageClient.Page page = tutorPages.get("/reports/review-compliance?filter=OVERDUE");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Review compliance").contains("0% of active apprentices have an in-date review");
        assertThat(tutorPages.get("/reports/review-compliance.csv?filter=OVERDUE").body())
                .startsWith("\uFEFFApprentice,Employer,Tutor,Review,State,Due date,Meeting").contains("Tutor ");
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        assertThat(head.get("/reports/review-compliance").status()).isEqualTo(200);
    }

    @Test
    void each_active_apprentice_is_counted_once_and_in_date_while_their_next_review_is_not_overdue() {
        UUID recent = people.inLearning(enrolment, "ST0116", LocalDate.now(clock).minusDays(7));
        reviews.schedule(new ApprenticeshipId(recent));
        Api ownTutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);

        JsonNode summary = ownTutor.get("/api/v1/reviews/compliance?filter=OVERDUE").json();

        assertThat(summary.get("activeApprentices").asLong()).isEqualTo(2);
        assertThat(summary.get("withInDateReview").asLong()).isEqualTo(1);
        assertThat(summary.get("percentInDate").asInt()).isEqualTo(50);
        assertThat(summary.get("total").asLong()).isEqualTo(1);
        assertThat(summary.get("byTutor")).hasSize(1);
        JsonNode tutor = summary.get("byTutor").get(0);
        assertThat(tutor.get("name").asString()).startsWith("Tutor ");
        assertThat(List.of(tutor.get("dueThisWeek").asLong(), tutor.get("overdue").asLong(),
                tutor.get("awaitingSignatures").asLong())).containsExactly(0L, 1L, 0L);
        JsonNode employer = summary.get("byEmployer").get(0);
        assertThat(summary.get("byEmployer")).hasSize(1);
        assertThat(List.of(employer.get("dueThisWeek").asLong(), employer.get("overdue").asLong(),
                employer.get("awaitingSignatures").asLong())).containsExactly(0L, 1L, 0L);
    }

    /** Every line of a filter's list, page by page, as the API gives them. */
    private List<JsonNode> everyLine(Api as, String filter) {
        List<JsonNode> lines = new ArrayList<>();
        for (int page = 0; page < 400; page++) {
            JsonNode items = as.get("/api/v1/reviews/compliance?filter=" + filter + "&page=" + page).json()
                    .get("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(lines::add);
        }
        return lines;
    }

    @Test
    void across_the_provider_each_count_is_the_number_of_lines_its_list_shows() {
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        for (String filter : List.of("DUE_THIS_WEEK", "OVERDUE", "AWAITING_SIGNATURES")) {
            String figure = switch (filter) {
                case "DUE_THIS_WEEK" -> "dueThisWeek";
                case "OVERDUE" -> "overdue";
                default -> "awaitingSignatures";
            };
            JsonNode summary = admin.get("/api/v1/reviews/compliance?filter=" + filter).json();
            List<JsonNode> lines = everyLine(admin, filter);

            assertThat(summary.get("total").asLong()).as(filter).isEqualTo(lines.size());
            for (String by : List.of("tutorName", "employerName")) {
                JsonNode counts = summary.get(by.equals("tutorName") ? "byTutor" : "byEmployer");
                assertThat(counts).as(filter + " " + by).isNotEmpty();
                counts.forEach(count -> assertThat(count.get(figure).asLong()).as(filter + " " + by + " "
                        + count.get("name").asString()).isEqualTo(lines.stream()
                                .filter(line -> line.get(by).asString().equals(count.get("name").asString()))
                                .count()));
            }
        }
    }

    @Test
    void learners_and_employers_may_not_open_the_report() {
        for (DemoAccounts account : new DemoAccounts[] {DemoAccounts.LEARNER, DemoAccounts.EMPLOYER}) {
            PageClient pages = PageClient.signedInAs(port, account);
            assertThat(pages.get("/reports/review-compliance").status()).as(account.name()).isEqualTo(403);
            assertThat(pages.get("/reports/review-compliance.csv").status()).as(account.name()).isEqualTo(403);
            Api api = Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
            assertThat(api.get("/api/v1/reviews/compliance").status()).as(account.name()).isEqualTo(403);
            // their own reviews stay where they were
            assertThat(pages.get("/reviews").status()).as(account.name()).isEqualTo(200);
        }
    }

    @Test
    void the_old_addresses_send_staff_on_with_their_filter() {
        PageClient tutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);

        PageClient.Page reviewsPage = tutor.get("/reviews?filter=DUE_THIS_WEEK&page=1");
        assertThat(reviewsPage.status()).isEqualTo(302);
        assertThat(reviewsPage.location()).endsWith("/reports/review-compliance?filter=DUE_THIS_WEEK&page=1");
        assertThat(tutor.get("/reviews/compliance.csv?filter=OVERDUE").location())
                .endsWith("/reports/review-compliance.csv?filter=OVERDUE");
    }
}
