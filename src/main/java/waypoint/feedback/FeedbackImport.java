package waypoint.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.feedback.internal.FeedbackRaising;
import waypoint.feedback.internal.FeedbackSteps;
import waypoint.feedback.internal.RaiseFeedback;
import waypoint.feedback.internal.StepInput;
import waypoint.feedback.internal.SurveyJobs;
import waypoint.feedback.internal.Surveys;
import waypoint.identity.AccountSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.Learners;
import waypoint.organisation.OrganisationImport;

/**
 * Records feedback as a named person would, for demo data and imports: each call acts as the account with the
 * given email, through the same service, rules and events as the pages.
 */
@Service
public class FeedbackImport {

    private final FeedbackRaising raising;
    private final FeedbackSteps steps;
    private final Surveys surveys;
    private final UserAccounts accounts;
    private final Learners learners;
    private final JdbcClient jdbc;
    private final OrganisationImport organisation;
    private final SurveyJobs surveyJobs;
    private final Clock clock;

    FeedbackImport(FeedbackRaising raising, FeedbackSteps steps, Surveys surveys, UserAccounts accounts, Learners learners,
            JdbcClient jdbc, OrganisationImport organisation, SurveyJobs surveyJobs, Clock clock) {
        this.surveyJobs = surveyJobs;
        this.clock = clock;
        this.organisation = organisation;
        this.raising = raising;
        this.steps = steps;
        this.surveys = surveys;
        this.accounts = accounts;
        this.learners = learners;
        this.jdbc = jdbc;
    }

    /** Feedback with this summary, if there is any: what makes a demo load safe to run twice. */
    @Transactional(readOnly = true)
    public Optional<UUID> findBySummary(String summary) {
        return jdbc.sql("SELECT id FROM feedback WHERE summary = :s LIMIT 1").param("s", summary).query(UUID.class)
                .optional();
    }

    /** The survey template with this name, if there is one. */
    @Transactional(readOnly = true)
    public Optional<UUID> findSurvey(String name) {
        return jdbc.sql("SELECT id FROM survey_template WHERE name = :n LIMIT 1").param("n", name).query(UUID.class)
                .optional();
    }

    /** What someone raises: who and what; the kind-specific parts may be null. */
    public record Raise(FeedbackKind kind, boolean formal, Instant receivedAt, Channel channel, String learnerEmail,
            String complainantName, String complainantEmail, ComplainantType complainantType, String summary,
            String details, Category category, String aboutEmail, boolean under18, boolean wantsResponse,
            AppealRoute appealRoute, LocalDate assessmentDate) {
    }

    /** Raises feedback as the account with {@code asEmail} (staff recording it, or the learner themselves). */
    public UUID raise(String asEmail, Raise r) {
        UUID learnerId = r.learnerEmail() == null ? null
                : organisation.findLearner(r.learnerEmail()).map(LearnerId::value).orElse(null);
        UUID about = r.aboutEmail() == null ? null : accounts.findByEmail(r.aboutEmail()).map(AccountSummary::id).orElse(null);
        return raising.raise(as(asEmail), new RaiseFeedback(r.kind(), r.formal(), r.receivedAt(), r.channel(),
                learnerId, r.complainantName(), r.complainantEmail(), r.complainantType(), r.summary(), r.details(),
                r.category(), about, r.under18(), false, r.wantsResponse(), r.appealRoute(), r.assessmentDate()));
    }

    /**
     * Escalates the complaint ({@code escalate-to-stage-2} or {@code escalate-to-stage-3}) to the member of staff
     * signing in with {@code toEmail}, as the escalation page does when someone is chosen to handle the next stage.
     */
    public void escalate(String asEmail, UUID id, String action, String toEmail) {
        UUID handler = accounts.findByEmail(toEmail).map(AccountSummary::id).orElseThrow();
        steps.take(as(asEmail), id, action, new StepInput(null, null, null, null, handler), null);
    }

    /** Takes a step (its slug, like {@code acknowledge} or {@code escalate-to-stage-3}) as the account given. */
    public void step(String asEmail, UUID id, String action, String text, Outcome outcome) {
        steps.take(as(asEmail), id, action, new StepInput(text, outcome, null, null, null), null);
    }

    /** A survey template; {@code questions} as kind (RATING, YES_NO, FREE_TEXT) to text. */
    public UUID survey(String asEmail, String name, String occasion, boolean anonymous,
            List<Map.Entry<String, String>> questions) {
        return surveys.createTemplate(as(asEmail), name, Surveys.Occasion.valueOf(occasion), anonymous,
                questions.stream().map(q -> new Surveys.NewQuestion(Surveys.QuestionKind.valueOf(q.getKey()),
                        q.getValue())).toList());
    }

    /** Sends this year's employer surveys to every employer contact who has not had them yet. */
    public int sendEmployerSurveys() {
        return surveyJobs.sendEmployerSurveys(clock);
    }

    /** Sends the survey to a learner (by email) and, if {@code answers} is given, answers it as them. */
    public void surveyLearner(UUID template, String learnerEmail, List<String> answers) {
        var learner = organisation.findLearner(learnerEmail).flatMap(learners::find).orElseThrow();
        String key = template + ":demo:" + learner.id();
        surveys.invite(template, key, learner.accountId(), learner.email(), learner.fullName(), learner.id().value());
        if (answers == null) {
            return;
        }
        String token = jdbc.sql("SELECT token FROM survey_invitation WHERE occasion_key = :k").param("k", key)
                .query(String.class).single();
        var questions = surveys.templateOf(surveys.invitation(as(learner.email()), token)).questions();
        Map<String, String> byQuestion = new java.util.HashMap<>();
        for (int i = 0; i < questions.size() && i < answers.size(); i++) {
            byQuestion.put(questions.get(i).field(), answers.get(i));
        }
        surveys.answer(as(learner.email()), token, byQuestion);
    }

    private CurrentUser as(String email) {
        AccountSummary a = accounts.findByEmail(email).orElseThrow(() -> new IllegalArgumentException("No account " + email));
        return new CurrentUser(a.id(), a.email(), a.displayName(), a.roles());
    }
}
