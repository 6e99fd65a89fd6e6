package waypoint.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.feedback.internal.SurveyJobs;
import waypoint.feedback.internal.Surveys;
import waypoint.identity.UserAccounts;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;
import waypoint.support.TestClock;

/**
 * Satisfaction surveys sent when due (the complaints policy: learners in their first 3 months, employers yearly), answered
 * anonymously, reminded, shown as charts with tables and exported as CSV; and the Board report as a page and a PDF.
 */
@WaypointTest
class SurveysAndBoardReportTest {

    @Autowired
    TestClock clock;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;
    @Autowired
    SurveyJobs jobs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    FeedbackImport feedback;
    @Autowired
    Surveys surveys;

    private PageClient as(DemoAccounts account) {
        return PageClient.signedInAs(port, account);
    }

    private UUID account(DemoAccounts account) {
        return accounts.findByEmail(account.email()).orElseThrow().id();
    }

    private String tokenFor(UUID template, DemoAccounts account) {
        return jdbc.sql("SELECT token FROM survey_invitation WHERE template_id = :t AND recipient_account_id = :a")
                .param("t", template).param("a", account(account)).query(String.class).single();
    }

    @Test
    void a_first_three_months_survey_goes_to_new_learners_once_and_is_answered_anonymously() {
        // given the quality lead creates an anonymous survey for learners in their first 3 months
        PageClient quality = as(DemoAccounts.QUALITY);
        var bad = quality.postForm("/feedback/surveys/new", "/feedback/surveys/new", Map.of("name", ""));
        assertThat(bad.text()).contains("There is a problem", "Enter a name for the survey", "Enter at least one question");
        String name = "Early days " + UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("occasion", "FIRST_THREE_MONTHS");
        fields.put("anonymous", "true");
        fields.put("question1", "How satisfied are you?");
        fields.put("kind1", "RATING");
        fields.put("question2", "Do you know who to ask for help?");
        fields.put("kind2", "YES_NO");
        fields.put("question3", "Anything else?");
        fields.put("kind3", "FREE_TEXT");
        var created = quality.postForm("/feedback/surveys/new", "/feedback/surveys/new", fields);
        assertThat(created.status()).isEqualTo(302);
        UUID template = UUID.fromString(created.location().replaceAll(".*/feedback/surveys/", ""));

        // when the daily job runs twice
        jobs.sendDue(clock);
        jobs.sendDue(clock);
        // then the demo learner (added at start-up, so in her first 3 months) is asked once
        String token = tokenFor(template, DemoAccounts.LEARNER);

        // when she answers without a rating
        PageClient learner = as(DemoAccounts.LEARNER);
        assertThat(learner.get("/feedback").text()).contains("Surveys waiting for your answers", name);
        var page = learner.get("/surveys/" + token);
        assertThat(page.text()).contains(name, "Your answers are anonymous");
        List<UUID> questions = jdbc.sql("SELECT id FROM survey_question WHERE template_id = :t ORDER BY position")
                .param("t", template).query(UUID.class).list();
        var missing = learner.post("/surveys/" + token, page, Map.of("q-" + questions.get(2), "=HYPERLINK(\"x\")"));
        // then she is told what is missing
        assertThat(missing.text()).contains("Select a rating from 1 to 5", "Select yes or no");

        // when she answers in full
        var sent = learner.post("/surveys/" + token, missing, Map.of("q-" + questions.get(0), "4",
                "q-" + questions.get(1), "yes", "q-" + questions.get(2), "=HYPERLINK(\"x\")"));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(learner.follow(sent).text()).contains("Thank you");
        // then the answer is not linked to her
        assertThat(jdbc.sql("SELECT count(*) FROM survey_response WHERE template_id = :t AND invitation_id IS NULL AND respondent IS NULL")
                .param("t", template).query(Long.class).single()).isEqualTo(1);
        // and someone else cannot open her survey
        assertThat(as(DemoAccounts.EMPLOYER).get("/surveys/" + token).status()).isEqualTo(404);

        // and the results show a chart with the same figures as a table, and the CSV defuses formulas
        var results = quality.get("/feedback/surveys/" + template);
        assertThat(results.body()).contains("<svg", "role=\"img\"", "Answers by rating (the chart’s figures)");
        var csv = quality.get("/feedback/surveys/" + template + "/results.csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFsubmitted,respondent,How satisfied are you?")
                .contains("anonymous", ",4,", ",yes", "\"'=HYPERLINK(\"\"x\"\")\"");

        // and a tutor may not see survey results
        assertThat(as(DemoAccounts.TUTOR).get("/feedback/surveys/" + template).status()).isEqualTo(403);
    }

    @Test
    void employers_are_asked_yearly_and_anyone_who_has_not_answered_is_reminded_a_week_later() {
        UUID template = feedback.survey(DemoAccounts.QUALITY.email(), "Employer view " + UUID.randomUUID(),
                "EMPLOYER_YEARLY", false, List.of(Map.entry("RATING", "How well do we work with you?")));

        jobs.sendDue(clock);
        tokenFor(template, DemoAccounts.EMPLOYER);

        clock.moveBy(Duration.ofDays(8));
        int sent = jobs.sendDue(clock);
        assertThat(sent).isPositive();
        assertThat(jdbc.sql("SELECT reminded_at IS NOT NULL FROM survey_invitation WHERE template_id = :t AND recipient_account_id = :a")
                .param("t", template).param("a", account(DemoAccounts.EMPLOYER)).query(Boolean.class).single()).isTrue();
    }

    @Test
    void the_yearly_employer_survey_is_shipped_and_sent_and_leaders_are_warned_when_it_is_overdue() {
        // given the employer survey Waypoint ships, active
        assertThat(jdbc.sql("SELECT count(*) FROM survey_template WHERE occasion = 'EMPLOYER_YEARLY' AND active"
                + " AND name = 'Employer satisfaction: yearly'").query(Long.class).single()).isEqualTo(1);

        // when this year's employer surveys are sent (the demo has sent them already; sending again sends nothing)
        jobs.sendEmployerSurveys(clock);
        jobs.sendEmployerSurveys(clock);

        // then the employer has it, once
        assertThat(jdbc.sql("""
                SELECT count(*) FROM survey_invitation i JOIN survey_template t ON t.id = i.template_id
                WHERE t.name = 'Employer satisfaction: yearly' AND i.recipient_account_id = :a""")
                .param("a", account(DemoAccounts.EMPLOYER)).query(Long.class).single()).isEqualTo(1);
        // and it is not overdue today: the surveys page says when the next is due
        LocalDate today = clock.today();
        assertThat(surveys.employerSurvey(today).overdue()).isFalse();
        assertThat(as(DemoAccounts.QUALITY).get("/feedback/surveys").text())
                .contains("The yearly employer survey was last sent on");

        // when a year and more passes without another
        clock.stopAt(today.plusMonths(13).atTime(8, 0).atZone(LONDON).toInstant());
        var overdue = surveys.employerSurvey(clock.today());
        assertThat(overdue.overdue()).isTrue();
        assertThat(overdue.warning()).contains("overdue", "the next was due by");
        int warned = jobs.warnIfEmployerSurveyOverdue(clock);

        // then the leaders who manage surveys are warned, once that month, and a tutor is not
        assertThat(warned).isPositive();
        assertThat(jobs.warnIfEmployerSurveyOverdue(clock)).isEqualTo(warned);
        String month = clock.today().getYear() + "-" + clock.today().getMonthValue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            for (DemoAccounts leader : new DemoAccounts[] {DemoAccounts.QUALITY, DemoAccounts.DIRECTOR, DemoAccounts.HEAD}) {
                assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE dedupe_key = :k")
                        .param("k", "employer-survey-overdue:" + month + ":" + account(leader))
                        .query(Long.class).single()).as(leader.name()).isEqualTo(1);
            }
        });
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE dedupe_key = :k")
                .param("k", "employer-survey-overdue:" + month + ":" + account(DemoAccounts.TUTOR))
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_board_report_counts_complaints_by_stage_and_comes_as_a_pdf() throws Exception {
        PageClient quality = as(DemoAccounts.QUALITY);
        var report = quality.get("/feedback/report");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.text()).contains("Feedback report to the Board", "Formal complaints received",
                "Deadlines met", "Compliments", "Satisfaction surveys", "Improvement actions");
        assertThat(report.body()).contains("<svg", "Complaints by stage (the chart’s figures)");

        var bad = quality.get("/feedback/report?from=31/2/2026&to=1/1/2026");
        assertThat(bad.text()).contains("There is a problem", "Enter the start of the period as a real date");

        var action = quality.postForm("/feedback/report", "/feedback/report/actions", Map.of("title", "", "reference", "FB-nope"));
        assertThat(action.text()).contains("Enter the improvement action", "Enter the reference of a case");
        var added = quality.postForm("/feedback/report", "/feedback/report/actions", Map.of("title", "Fixed review dates agreed with employers"));
        assertThat(added.status()).isEqualTo(302);
        assertThat(quality.get("/feedback/report").text()).contains("Fixed review dates agreed with employers");

        HttpClient http = HttpClient.newHttpClient();
        String session = quality.sessionId().orElseThrow();
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/feedback/report.pdf?from=2026-01-01&to=2026-12-31")).header("Cookie", "WAYPOINT_SESSION=" + session)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

        assertThat(as(DemoAccounts.TUTOR).get("/feedback/report").status()).isEqualTo(403);
    }
}
