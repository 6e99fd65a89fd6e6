package waypoint.supportcase.internal;

import java.time.LocalDate;

/**
 * What the stage table's preconditions look at: the facts of a case now.
 *
 * @param meetingsThisStage  meetings held since the case entered its current stage
 * @param recommendation     the current stage's recommendation, null when none yet
 * @param appealDeadline     the last day to appeal a stage-5 termination (10 working days after its email)
 * @param clientPartnerKnown whether there is a client partner to copy in: the one named on the apprenticeship, or
 *                           the provider's default (docs/domain/support-policy.md, Who is copied in)
 */
public record CaseFacts(boolean toldInPerson, int meetingsThisStage, Outcome recommendation,
        boolean recommendationEmailSent, LocalDate appealDeadline, boolean appealReceived, boolean appealDecided,
        LocalDate today, boolean clientPartnerKnown) {

    public static CaseFacts fresh(LocalDate today) {
        return new CaseFacts(false, 0, null, false, null, false, false, today, false);
    }

    public CaseFacts told() {
        return new CaseFacts(true, meetingsThisStage, recommendation, recommendationEmailSent, appealDeadline,
                appealReceived, appealDecided, today, clientPartnerKnown);
    }

    public CaseFacts meetings(int n) {
        return new CaseFacts(toldInPerson, n, recommendation, recommendationEmailSent, appealDeadline,
                appealReceived, appealDecided, today, clientPartnerKnown);
    }

    public CaseFacts recommended(Outcome outcome, boolean emailSent) {
        return new CaseFacts(toldInPerson, meetingsThisStage, outcome, emailSent, appealDeadline, appealReceived,
                appealDecided, today, clientPartnerKnown);
    }

    public CaseFacts appeal(LocalDate deadline, boolean received, boolean decided) {
        return new CaseFacts(toldInPerson, meetingsThisStage, recommendation, recommendationEmailSent, deadline,
                received, decided, today, clientPartnerKnown);
    }

    public CaseFacts clientPartner(boolean known) {
        return new CaseFacts(toldInPerson, meetingsThisStage, recommendation, recommendationEmailSent, appealDeadline,
                appealReceived, appealDecided, today, known);
    }

    /** The same facts on another day (an appeal is in time by the day it was received). */
    public CaseFacts on(LocalDate day) {
        return new CaseFacts(toldInPerson, meetingsThisStage, recommendation, recommendationEmailSent, appealDeadline,
                appealReceived, appealDecided, day, clientPartnerKnown);
    }

    boolean appealWindowPassed() {
        return appealDeadline != null && today.isAfter(appealDeadline);
    }
}
