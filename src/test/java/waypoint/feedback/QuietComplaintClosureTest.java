package waypoint.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.feedback.internal.DeadlineJobs;
import waypoint.feedback.internal.FeedbackRaising;
import waypoint.feedback.internal.FeedbackReads;
import waypoint.feedback.internal.FeedbackSteps;
import waypoint.feedback.internal.RaiseFeedback;
import waypoint.feedback.internal.StepInput;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * Your complaints policy, stage 2 (docs/domain/complaints-policy.md): "If we receive no further correspondence from you within one calendar month of the date of the
 * response, the complaint will be considered as closed." The job runs with a clock the test moves; the shared
 * context's clock is left alone.
 */
@WaypointTest
class QuietComplaintClosureTest {

    @Autowired
    TestClock clock;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    FeedbackRaising raising;
    @Autowired
    FeedbackSteps steps;
    @Autowired
    FeedbackReads reads;
    @Autowired
    DeadlineJobs jobs;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private CurrentUser head() {
        var a = accounts.findByEmail(DemoAccounts.HEAD.email()).orElseThrow();
        return new CurrentUser(a.id(), a.email(), a.displayName(), a.roles());
    }

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).atZone(LONDON).toInstant(), LONDON);
    }

    @Test
    void a_stage_2_complaint_closes_itself_a_calendar_month_after_the_response_and_the_complainant_is_told() {
        // given a formal complaint answered today at stage 2
        String email = "quiet-" + UUID.randomUUID() + "@example.test";
        UUID id = raising.raise(head(), new RaiseFeedback(FeedbackKind.COMPLAINT, true, null, Channel.EMAIL, null,
                "Quinn Quiet", email, ComplainantType.OTHER, "Invoice errors", "Invoiced twice", Category.ADMINISTRATION,
                null, false, false, false, null, null));
        var answered = steps.take(head(), id, "respond", new StepInput("We have refunded the invoice.", null, null,
                null, null), null);
        LocalDate escalateBy = answered.escalateBy();
        assertThat(escalateBy).isEqualTo(LocalDate.now(clock).plusMonths(1));

        // when the job runs on the last day the complainant may still reply
        jobs.closeQuietComplaints(at(escalateBy));
        // then the complaint is still open
        assertThat(reads.view(head(), id).status()).isEqualTo(FeedbackStatus.RESPONDED);

        // when it runs the day after
        jobs.closeQuietComplaints(at(escalateBy.plusDays(1)));
        // then the complaint is closed for want of a reply, and the complainant is emailed
        var closed = reads.view(head(), id);
        assertThat(closed.status()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo(Outcome.NO_REPLY);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT subject FROM email_message WHERE recipient = :to ORDER BY created_at").param("to", email)
                .query(String.class).list()).anyMatch(s -> s.contains("is closed")));

        // and running it again changes nothing
        assertThat(jobs.closeQuietComplaints(at(escalateBy.plusDays(2)))).isZero();
    }

    @Test
    void owners_and_their_managers_are_told_of_near_and_past_deadlines() {
        UUID id = raising.raise(head(), new RaiseFeedback(FeedbackKind.COMPLAINT, true, null, Channel.PHONE, null,
                "Dee Deadline", null, ComplainantType.EMPLOYER, "No reply to emails", "Two weeks without reply",
                Category.COMMUNICATION, null, false, false, false, null, null));
        var view = reads.view(head(), id);

        jobs.flagDeadlines(at(view.respondBy().plusDays(7)));

        String key = "feedback:" + id + ":deadline:%";
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT count(*) FROM notification WHERE dedupe_key LIKE :key").param("key", key)
                .query(Long.class).single()).isGreaterThanOrEqualTo(2));
    }
}
