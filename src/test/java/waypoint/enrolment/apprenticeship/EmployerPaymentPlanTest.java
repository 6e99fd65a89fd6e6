package waypoint.enrolment.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.internal.payment.PaymentPlans;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The employer's payment plan: staff who keep it plan instalments (refused at £0 or before the start) and record them
 * paid once; a tutor may not; the employer's contact sees the plan on the apprenticeship and is reminded once, a week
 * before an unpaid instalment falls due.
 */
@WaypointTest
class EmployerPaymentPlanTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    PaymentPlans plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    TestApprenticeships people;
    UUID apprenticeship;
    LocalDate today;

    @BeforeEach
    void anApprenticeInLearning() {
        people = new TestApprenticeships(organisation, accounts);
        today = LocalDate.now(clock);
        apprenticeship = people.inLearning(enrolment, "ST0116", today.minusMonths(2));
    }

    String plan() {
        return "/api/v1/apprenticeships/" + apprenticeship + "/payment-plan";
    }

    Api admin() {
        return Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), "waypoint-demo");
    }

    @Test
    void staff_plan_and_record_instalments_the_employer_sees_them_and_is_reminded_once() {
        Api.Response zero = admin().post(plan(), "{\"dueOn\": \"%s\", \"amount\": 0}".formatted(today.plusDays(3)));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body()).contains("amount", "more than £0");
        Api.Response early = admin().post(plan(), "{\"dueOn\": \"%s\", \"amount\": 150}"
                .formatted(today.minusMonths(3)));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("dueOn", "start date");
        Api tutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);
        assertThat(tutor.post(plan(), "{\"dueOn\": \"%s\", \"amount\": 150}".formatted(today.plusDays(3))).status())
                .isEqualTo(403);

        Api.Response soon = admin().post(plan(), "{\"dueOn\": \"%s\", \"amount\": 150}".formatted(today.plusDays(3)));
        assertThat(soon.status()).as(soon.body()).isEqualTo(201);
        Api.Response later = admin().post(plan(), "{\"dueOn\": \"%s\", \"amount\": 150.50}"
                .formatted(today.plusMonths(3)));
        assertThat(later.status()).isEqualTo(201);

        Api employer = Api.at(port).signedInAs(people.lineManagerEmail, TestApprenticeships.PASSWORD);
        assertThat(employer.get(plan()).json().size()).isEqualTo(2);
        assertThat(employer.post(plan(), "{\"dueOn\": \"%s\", \"amount\": 1}".formatted(today)).status())
                .isEqualTo(403);
        PageClient employerPages = PageClient.signedInAs(port, people.lineManagerEmail, TestApprenticeships.PASSWORD);
        assertThat(employerPages.get("/apprenticeships/" + apprenticeship).text())
                .contains("The employer's payment plan", "£150.00", "£150.50", "Not yet paid");

        // the one due within a week is reminded, once; the one three months away is not yet
        plans.remind();
        plans.remind();
        // delivered by the notification module after the commit: one reminder arrives, and no second follows
        await().atMost(Duration.ofSeconds(10)).until(() -> paymentDueNotices() > 0);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> paymentDueNotices() == 1);

        String id = soon.json().get("id").asString();
        Api.Response paid = admin().post(plan() + "/" + id + "/paid", "{\"paidOn\": \"%s\"}".formatted(today));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(paid.json().get("state").asString()).isEqualTo("PAID");
        Api.Response twice = admin().post(plan() + "/" + id + "/paid", "{\"paidOn\": \"%s\"}".formatted(today));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body()).contains("already recorded as paid");
    }

    private long paymentDueNotices() {
        return jdbc.sql("SELECT count(*) FROM notification WHERE recipient_id = (SELECT account_id FROM"
                + " organisation.employer_contact WHERE id = :c) AND title LIKE 'Payment due%'")
                .param("c", people.lineManager).query(Long.class).single();
    }
}
