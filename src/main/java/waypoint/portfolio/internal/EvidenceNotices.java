package waypoint.portfolio.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import waypoint.shared.messaging.NotificationRequested;

/**
 * What the tutor and the apprentice are told of a step on their evidence, in the words they read
 * (docs/domain/portfolio.md, who is told); the {@link EvidenceItem} decides whether to tell them.
 */
final class EvidenceNotices {

    private EvidenceNotices() {
    }

    /** To the tutor: evidence (or a new version of it) waits for their assessment. */
    static NotificationRequested submitted(EvidenceItem.Owner owner, UUID id, String title, int number) {
        return new NotificationRequested("portfolio-submitted:" + id + ":v" + number, owner.tutorAccountId(),
                "Evidence to assess from " + owner.learnerName(),
                "“" + title + "”" + (number == 1 ? " was submitted" : " was resubmitted as version " + number)
                        + " and waits for your assessment.", link(owner, id));
    }

    /** To the apprentice: the outcome, with the tutor's decision and feedback on each claim decided. */
    static NotificationRequested assessed(EvidenceItem.Owner owner, UUID id, String title, int number,
            EvidenceState outcome, Collection<EvidenceDecision> decisions, Instant at) {
        StringBuilder body = new StringBuilder();
        decisions.forEach(d -> body.append(d.ksbCode()).append(": ").append(d.decision().words().toLowerCase())
                .append(Texts.blank(d.feedback()) ? "" : " — " + d.feedback().strip()).append(". "));
        boolean referred = outcome == EvidenceState.REFERRED_BACK;
        return new NotificationRequested("portfolio-assessed:" + id + ":v" + number + ":" + outcome + ":"
                + at.toEpochMilli(), owner.learnerAccountId(),
                (referred ? "Evidence referred back: " : "Evidence accepted: ") + title,
                body.toString().strip() + (referred ? " Change it and resubmit it." : ""), link(owner, id));
    }

    private static String link(EvidenceItem.Owner owner, UUID id) {
        return "/apprenticeships/" + owner.apprenticeshipId() + "/portfolio/evidence/" + id;
    }
}
