package waypoint.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.feedback.AppealRoute;
import waypoint.feedback.Category;
import waypoint.feedback.Channel;
import waypoint.feedback.ComplainantType;
import waypoint.feedback.FeedbackImport;
import waypoint.feedback.FeedbackKind;
import waypoint.feedback.Outcome;

/**
 * Demo feedback: complaints at every stage (one near its deadline, one past it), compliments, a suggestion, an
 * appeal, and a survey with answers. Each case is added only if no case has its summary yet.
 */
@Component
class DemoFeedback {

    private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);
    private static final String HEAD = DemoAccounts.HEAD.email();
    private static final String SURVEY = "Learner satisfaction: first 3 months";
    private static final String COMPLETION_SURVEY = "Learner satisfaction: on completion";

    private final FeedbackImport feedback;
    private final Clock clock;
    private int added;

    DemoFeedback(FeedbackImport feedback, Clock clock) {
        this.feedback = feedback;
        this.clock = clock;
    }

    void load() {
        added = 0;
        Instant now = clock.instant();
        // stage 1, acknowledgement due within 2 working days: near its deadline
        complaint(DemoAccounts.LEARNER.email(), "My progress reviews keep being moved", false, null, Channel.ONLINE,
                DemoAccounts.LEARNER.email(), null, null, Category.TEACHING, false);
        // stage 2, received 25 days ago by letter and never acknowledged: past its deadline
        complaint(HEAD, "Invoice sent to the wrong department", true, now.minus(Duration.ofDays(25)), Channel.LETTER,
                null, "Morgan Price", "morgan.price@northgate.test", Category.ADMINISTRATION, false);
        UUID acknowledged = complaint(HEAD, "Off-the-job hours not recorded", true, now.minus(Duration.ofDays(3)),
                Channel.EMAIL, "amir.ahmed@learners.test", null, null, Category.ADMINISTRATION, false);
        steps(acknowledged, "acknowledge");
        UUID responded = complaint(HEAD, "Portfolio feedback took six weeks", true, now.minus(Duration.ofDays(12)),
                Channel.EMAIL, "bethany.barker@learners.test", null, null, Category.ASSESSMENT, false);
        steps(responded, "acknowledge", "respond");
        UUID stage3 = complaint(HEAD, "Unkind comments in a group session", true, now.minus(Duration.ofDays(20)),
                Channel.IN_PERSON, "callum.collins@learners.test", null, null, Category.STAFF_CONDUCT, true);
        steps(stage3, "acknowledge", "respond", "escalate-to-stage-3", "acknowledge");
        UUID stage4 = complaint(HEAD, "Functional skills exam booked twice", true, now.minus(Duration.ofDays(30)),
                Channel.PHONE, "demi.doyle@learners.test", null, null, Category.ADMINISTRATION, false);
        steps(stage4, "respond", "escalate-to-stage-3", "respond", "refer-to-funding-body");
        UUID resolved = complaint(HEAD, "Room too cold for the workshop", false, now.minus(Duration.ofDays(40)),
                Channel.PHONE, "ellis.evans@learners.test", null, null, Category.OTHER, false);
        if (resolved != null) {
            feedback.step(HEAD, resolved, "respond", "We have moved the workshop to a warmer room.", null);
            feedback.step(HEAD, resolved, "close", "Resolved at stage 1.", Outcome.RESOLVED);
        }

        UUID compliment = other(DemoAccounts.LEARNER.email(), FeedbackKind.COMPLIMENT, "Taylor helped me pass my EPA",
                "Taylor gave up a lunchtime to go through my portfolio with me.", null, DemoAccounts.TUTOR.email(),
                false, null, null);
        if (compliment != null) {
            feedback.step(HEAD, compliment, "share", null, null);
        }
        other(HEAD, FeedbackKind.COMPLIMENT, "Smooth onboarding for our new apprentices",
                "Everything was ready on day one.", "Erin Employer", null, false, null, null);
        other(HEAD, FeedbackKind.SUGGESTION, "Evening review slots", "Could reviews be offered after 5pm for shift workers?",
                "Jordan Hale", null, true, null, null);
        other(HEAD, FeedbackKind.APPEAL, "End-point assessment grade for the professional discussion",
                "The assessor did not ask about my portfolio evidence.", "Farah Fletcher", null, false,
                AppealRoute.EPAO, LocalDate.now(clock).minusDays(10));
        survey();
        if (added > 0) {
            log.info("Demo data: added {} feedback records", added);
        }
    }

    private UUID complaint(String as, String summary, boolean formal, Instant receivedAt, Channel channel,
            String learnerEmail, String name, String email, Category category, boolean under18) {
        if (feedback.findBySummary(summary).isPresent()) {
            return null;
        }
        added++;
        boolean learnerRaises = as.equals(DemoAccounts.LEARNER.email());
        return feedback.raise(as, new FeedbackImport.Raise(FeedbackKind.COMPLAINT, formal, receivedAt,
                learnerRaises ? null : channel, learnerEmail, name, email,
                learnerEmail != null ? ComplainantType.LEARNER : ComplainantType.EMPLOYER, summary,
                "Recorded for the demo: " + summary.toLowerCase() + ".", category, null, under18, false, null, null));
    }

    private UUID other(String as, FeedbackKind kind, String summary, String details, String name, String aboutEmail,
            boolean wantsResponse, AppealRoute route, LocalDate assessed) {
        if (feedback.findBySummary(summary).isPresent()) {
            return null;
        }
        added++;
        boolean staff = as.equals(HEAD);
        return feedback.raise(as, new FeedbackImport.Raise(kind, false, null, staff ? Channel.EMAIL : null, null, name,
                null, staff ? (kind == FeedbackKind.APPEAL ? ComplainantType.LEARNER : ComplainantType.EMPLOYER) : null,
                summary, details, kind == FeedbackKind.APPEAL ? Category.ASSESSMENT : Category.TEACHING, aboutEmail,
                false, wantsResponse, route, assessed));
    }

    private void steps(UUID id, String... actions) {
        if (id == null) {
            return;
        }
        for (String action : actions) {
            String text = action.equals("respond") ? "We have looked into this and set out our findings below." : null;
            feedback.step(HEAD, id, action, text, null);
        }
    }

    private void survey() {
        if (feedback.findSurvey(COMPLETION_SURVEY).isEmpty()) {
            // sent by the feedback module to each apprentice whose apprenticeship completes (the complaints policy)
            feedback.survey(DemoAccounts.QUALITY.email(), COMPLETION_SURVEY, "COMPLETION", true, List.of(
                    Map.entry("RATING", "How satisfied are you with your apprenticeship overall?"),
                    Map.entry("YES_NO", "Would you recommend us to a friend?"),
                    Map.entry("FREE_TEXT", "What should we keep doing, and what should we change?")));
        }
        if (feedback.findSurvey(SURVEY).isPresent()) {
            return;
        }
        UUID template = feedback.survey(DemoAccounts.QUALITY.email(), SURVEY, "FIRST_THREE_MONTHS", true, List.of(
                Map.entry("RATING", "How satisfied are you with your training so far?"),
                Map.entry("YES_NO", "Do you know who to talk to if you have a concern?"),
                Map.entry("FREE_TEXT", "What one thing would make your programme better?")));
        List<List<String>> answers = List.of(
                List.of("5", "yes", "More practice tests before the EPA"),
                List.of("4", "yes", "Earlier review dates"),
                List.of("4", "no", ""),
                List.of("3", "yes", "A quieter room for online sessions"),
                List.of("5", "yes", ""),
                List.of("2", "no", "Reply to my emails sooner"));
        List<String> learners = List.of("george.green@learners.test", "hannah.hughes@learners.test",
                "isaac.iqbal@learners.test", "jade.jones@learners.test", "kieran.kaur@learners.test",
                "leah.lewis@learners.test", "mason.morgan@learners.test", "niamh.nolan@learners.test");
        for (int i = 0; i < learners.size(); i++) {
            feedback.surveyLearner(template, learners.get(i), i < answers.size() ? answers.get(i) : null);
        }
        added++;
    }
}
