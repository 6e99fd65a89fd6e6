package waypoint.feedback.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.feedback.internal.ComplaintStages.Action;
import waypoint.identity.CurrentUser;
import waypoint.shared.audit.RecordChanged;

/** The provider's feedback timings and funding body details: read and changed by the quality role and administrators. */
@Service
public class SettingsChanges {

    private final FeedbackPolicy policy;
    private final SettingsStore settings;
    private final ApplicationEventPublisher events;

    SettingsChanges(FeedbackPolicy policy, SettingsStore settings, ApplicationEventPublisher events) {
        this.policy = policy;
        this.settings = settings;
        this.events = events;
    }

    public FeedbackSettings settings(CurrentUser user) {
        if (!policy.canChangeSettings(user)) {
            throw new AccessDeniedException("You may not change feedback settings");
        }
        return settings.current();
    }

    /** Keeps the figures and words of your complaints policy the form has checked. */
    @Transactional
    public void changeSettings(CurrentUser user, FeedbackSettings changed) {
        FeedbackSettings before = settings(user);
        settings.save(changed);
        events.publishEvent(new RecordChanged("Feedback settings", "1", RecordChanged.Action.UPDATED,
                before.toString(), changed.toString()));
    }
}
