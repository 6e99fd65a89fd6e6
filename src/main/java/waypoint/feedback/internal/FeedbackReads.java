package waypoint.feedback.internal;

import static waypoint.shared.time.GovUkDates.LONDON;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.feedback.FeedbackKind;
import waypoint.feedback.FeedbackStatus;
import waypoint.feedback.internal.ComplaintStages.Action;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.SensitiveRecordViewed;
import waypoint.shared.calendar.WorkingCalendar;

/**
 * Reading a case: who may see it (a case someone may not see is, to them, a case that does not exist), the case as
 * its page and the API show it with the steps this person may take now, its timeline, and the current deadlines.
 */
@Service
public class FeedbackReads {

    private final FeedbackRepository cases;
    private final Timeline timeline;
    private final FeedbackPolicy policy;
    private final Handlers handlers;
    private final SettingsStore settings;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackReads(FeedbackRepository cases, Timeline timeline, FeedbackPolicy policy, Handlers handlers,
            SettingsStore settings, WorkingCalendar calendar, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.policy = policy;
        this.handlers = handlers;
        this.settings = settings;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    public Deadlines deadlines() {
        return new Deadlines(calendar, settings.current());
    }

    @Transactional(readOnly = true)
    public Feedback load(CurrentUser user, UUID id) {
        Feedback f = cases.findById(id).orElseThrow(() -> new NotFoundException("No feedback " + id));
        // A case someone may not see is, to them, a case that does not exist.
        if (!policy.canView(user, f, timeline.isHandler(id, user.id()))) {
            throw new NotFoundException("No feedback " + id);
        }
        return f;
    }

    @Transactional
    public FeedbackView view(CurrentUser user, UUID id) {
        Feedback f = load(user, id);
        if (f.kind().isConfidential()) {
            events.publishEvent(new SensitiveRecordViewed(Feedback.RECORD_TYPE, id.toString(), f.reference()));
        }
        return toView(user, f);
    }

    public FeedbackView toView(CurrentUser user, Feedback f) {
        boolean handler = timeline.isHandler(f.id(), user.id());
        Deadlines deadlines = deadlines();
        LocalDate today = LocalDate.now(clock);
        FeedbackView.Deadline deadline = f.nextDeadline().map(due -> new FeedbackView.Deadline(
                f.status() == FeedbackStatus.RECEIVED && due.equals(f.acknowledgeBy()) ? "Acknowledge by" : "Respond by",
                due, deadlines.workingDaysLeft(today, due), deadlines.flag(today, due))).orElse(null);
        List<String> allowed = new ArrayList<>();
        if (f.kind() == FeedbackKind.COMPLAINT) {
            for (Action action : ComplaintStages.actionsFrom(f.state())) {
                if (policy.canTake(user, f, handler, action) && f.allows(StaffMember.of(user), action, today)) {
                    allowed.add(action.slug());
                }
            }
        } else if (policy.canHandle(user, f, handler)) {
            if (f.status() == FeedbackStatus.RECEIVED) {
                allowed.add(Action.ACKNOWLEDGE.slug());
            }
            if (f.status() == FeedbackStatus.RECEIVED || f.status() == FeedbackStatus.ACKNOWLEDGED) {
                allowed.add(Action.RESPOND.slug());
                allowed.add(Action.EXTEND_DEADLINE.slug());
            }
            if (f.status() != FeedbackStatus.CLOSED) {
                allowed.add(Action.CLOSE.slug());
            }
            if (f.kind() == FeedbackKind.COMPLIMENT && f.aboutAccountId() != null && f.sharedWithPraisedAt() == null) {
                allowed.add("share");
            }
        }
        boolean canHandle = policy.canHandle(user, f, handler);
        boolean late = f.appealBy() != null && f.receivedAt().atZone(LONDON).toLocalDate().isAfter(f.appealBy());
        String stateLabel = f.kind() == FeedbackKind.COMPLAINT && f.status() != FeedbackStatus.CLOSED
                ? "Stage " + f.stage() + ": " + f.status().label().toLowerCase() : f.status().label();
        return new FeedbackView(f.id(), f.reference(), f.kind(), f.formal(), f.stage(), f.status(), stateLabel,
                f.channel(), f.complainantName(), f.complainantEmail(), f.complainantType(), f.learnerId(),
                f.aboutName(), f.summary(), f.details(), f.category(), f.under18(), f.guardianTold(),
                f.representativeName(), f.representativeRelationship(), f.authorityFileId() != null,
                f.ownerAccountId(), handlers.nameOf(f.ownerAccountId()), f.receivedAt(), f.acknowledgeBy(),
                f.acknowledgedAt(), f.respondBy(), f.respondedAt(), f.response(), f.escalateBy(),
                f.extensionReason(), f.appealRoute(), f.assessmentDate(), f.appealBy(), late, f.wantsResponse(),
                f.sharedWithPraisedAt(), f.outcome(), f.closedAt(), f.closedReason(), deadline, List.copyOf(allowed),
                canHandle, f.version(), f.apprenticeshipId() == null ? null
                        : new FeedbackView.EndPointAssessment(f.apprenticeshipId(), f.epaoName(),
                                f.assessmentMethod(), f.appealedGrade()));
    }

    @Transactional(readOnly = true)
    public List<Timeline.Entry> timelineOf(CurrentUser user, UUID id) {
        load(user, id);
        return timeline.of(id);
    }

    /** The stored id of the written authority, for a download by someone who may see the case. */
    @Transactional(readOnly = true)
    public Feedback authorityOf(CurrentUser user, UUID id) {
        Feedback f = load(user, id);
        if (f.authorityFileId() == null) {
            throw new NotFoundException("No written authority on " + id);
        }
        return f;
    }

}
