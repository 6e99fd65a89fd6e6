package waypoint.feedback.internal;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import waypoint.feedback.ComplainantType;
import waypoint.feedback.FeedbackKind;
import waypoint.organisation.LearnerId;
import waypoint.organisation.Learners;
import waypoint.shared.messaging.EmailRequested;
import waypoint.shared.messaging.NotificationRequested;
import waypoint.shared.time.GovUkDates;

/**
 * The emails the complainant is sent at each step, in the policy's words. Each has its own key, so a retried
 * publication never sends it twice. Nothing is sent when there is no email address (a letter by post).
 */
@Component
public class Letters {


    private final ApplicationEventPublisher events;
    private final SettingsStore settings;
    private final Learners learners;

    Letters(ApplicationEventPublisher events, SettingsStore settings, Learners learners) {
        this.events = events;
        this.settings = settings;
        this.learners = learners;
    }

    static String date(LocalDate date) {
        return GovUkDates.date(date);
    }

    void send(Feedback f, String step, String subject, String body) {
        if (f.complainantEmail() == null || f.complainantEmail().isBlank()) {
            return;
        }
        String greeting = "Dear " + f.complainantName() + ",\n\n";
        String footer = "\n\nPlease quote reference " + f.reference() + " in any reply.\n";
        events.publishEvent(new EmailRequested("feedback:" + f.id() + ":" + step + ":" + f.version(),
                f.complainantEmail(), subject + " (" + f.reference() + ")", greeting + body + footer));
    }

    void received(Feedback f) {
        String deadlines = f.respondBy() == null
                ? "We will acknowledge it by " + date(f.acknowledgeBy()) + "."
                : "We will acknowledge it by " + date(f.acknowledgeBy()) + " and send you a written response by "
                        + date(f.respondBy()) + ".";
        send(f, "received", "We have received your " + f.kind().label().toLowerCase(),
                "Thank you for your " + f.kind().label().toLowerCase() + ": “" + f.summary() + "”.\n\n" + deadlines);
    }

    void acknowledged(Feedback f) {
        send(f, "acknowledged", "We are looking into your " + f.kind().label().toLowerCase(),
                "This is to acknowledge your " + f.kind().label().toLowerCase() + "."
                        + (f.respondBy() == null ? "" : " We will respond in writing by " + date(f.respondBy()) + "."));
    }

    /**
     * The written response, with what the complainant may do next: after stage 2, tell us within the month to go to
     * stage 3; after stage 3, our last word, the route to the funding body (your complaints policy, stage 4).
     */
    void responded(Feedback f) {
        String next = "";
        if (f.escalateBy() != null) {
            next = "\n\nIf you remain unhappy, tell us by " + date(f.escalateBy()) + " and your complaint will be"
                    + " escalated to the Senior Management Team. If we hear nothing more by then, the complaint"
                    + " will be closed.";
        } else if (f.kind() == FeedbackKind.COMPLAINT && f.stage() != null && f.stage() == 3) {
            next = "\n\n" + fundingBodyRoute(settings.current().fundingBodyDetails());
        }
        send(f, "responded-" + f.stage(), "Our response", f.response() + next);
    }

    void extended(Feedback f) {
        send(f, "extended", "Our response will take longer",
                "We are sorry: we need more time to respond. We will now respond by " + date(f.respondBy())
                        + ".\n\nWhy: " + f.extensionReason());
    }

    void escalated(Feedback f) {
        send(f, "stage-" + f.stage(), "Your complaint has moved to stage " + f.stage(),
                "Your complaint is now at stage " + f.stage() + (f.stage() == 3
                        ? " and will be investigated by the Senior Management Team."
                        : " and will be investigated by the Operations Manager.")
                        + " We will send you a written response by " + date(f.respondBy()) + ".");
    }

    void referred(Feedback f, String fundingBodyDetails) {
        send(f, "stage-4", "Taking your complaint further", fundingBodyRoute(fundingBodyDetails));
    }

    /**
     * An appeal someone else lodged about an apprentice (their employer, usually): the apprentice is sent the decision
     * too, in words that say who appealed, and told in Waypoint when they have an account
     * (docs/domain/complaints-policy.md, Assessment appeals).
     */
    private void decidedForTheApprentice(Feedback f) {
        if (f.complainantType() == ComplainantType.LEARNER || f.learnerId() == null) {
            return;
        }
        learners.find(new LearnerId(f.learnerId())).ifPresent(learner -> {
            String who = f.complainantType() == ComplainantType.EMPLOYER
                    ? "your employer, " + f.complainantName() + "," : f.complainantName();
            String subject = "The decision on the appeal about your assessment";
            if (learner.email() != null && !learner.email().isBlank()) {
                events.publishEvent(new EmailRequested("feedback:" + f.id() + ":decided-apprentice:" + f.version(),
                        learner.email(), subject + " (" + f.reference() + ")", "Dear " + learner.fullName()
                        + ",\n\n" + capitalised(who) + " appealed on your behalf: “" + f.summary() + "”.\n\n"
                        + "The appeal has been decided. Decision: " + f.outcome().label().toLowerCase() + "."
                        + (f.closedReason() == null || f.closedReason().isBlank() ? "" : "\n\n" + f.closedReason())
                        + "\n\nPlease quote reference " + f.reference() + " in any reply.\n"));
            }
            if (learner.accountId() != null) {
                events.publishEvent(new NotificationRequested("feedback:" + f.id() + ":decided-apprentice",
                        learner.accountId(), subject + " " + f.reference() + ": "
                                + f.outcome().label().toLowerCase(), f.summary(), "/feedback/" + f.id()));
            }
        });
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Stage 4 of your complaints policy, in the words the complainant is sent. */
    static String fundingBodyRoute(String fundingBodyDetails) {
        return "If you still remain dissatisfied with our response, you can take your complaint to the funding"
                + " body (stage 4 of our complaints policy):\n\n" + fundingBodyDetails;
    }

    void closed(Feedback f) {
        if (f.kind() == FeedbackKind.APPEAL && f.outcome() != null) {
            send(f, "decided", "The decision on your appeal",
                    "We have decided your appeal: “" + f.summary() + "”.\n\nDecision: "
                            + f.outcome().label().toLowerCase() + "."
                            + (f.closedReason() == null || f.closedReason().isBlank() ? "" : "\n\n" + f.closedReason()));
            decidedForTheApprentice(f);
            return;
        }
        send(f, "closed", "Your " + f.kind().label().toLowerCase() + " is closed",
                "We have closed your " + f.kind().label().toLowerCase() + "."
                        + (f.closedReason() == null || f.closedReason().isBlank() ? "" : "\n\n" + f.closedReason()));
    }
}
