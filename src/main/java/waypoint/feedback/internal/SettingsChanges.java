package waypoint.feedback.internal;

import java.util.LinkedHashMap;
import java.util.Map;

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

    @Transactional
    public void changeSettings(CurrentUser user, FeedbackSettings changed) {
        FeedbackSettings before = settings(user);
        Map<String, String> errors = new LinkedHashMap<>();
        checkRange(errors, "acknowledgeWorkingDays", changed.acknowledgeWorkingDays(), 1, 30);
        checkRange(errors, "stage2ResponseWorkingDays", changed.stage2ResponseWorkingDays(), 1, 60);
        checkRange(errors, "stage3ResponseWorkingDays", changed.stage3ResponseWorkingDays(), 1, 60);
        checkRange(errors, "stage2QuietMonths", changed.stage2QuietMonths(), 1, 12);
        checkRange(errors, "escalationMonths", changed.escalationMonths(), 1, 12);
        checkRange(errors, "suggestionResponseWorkingDays", changed.suggestionResponseWorkingDays(), 1, 60);
        checkRange(errors, "appealWindowDays", changed.appealWindowDays(), 1, 90);
        checkRange(errors, "nearDeadlineWorkingDays", changed.nearDeadlineWorkingDays(), 0, 10);
        if (Checks.blank(changed.fundingBodyDetails())) {
            errors.put("fundingBodyDetails", "Enter the funding body’s complaints details");
        } else if (changed.fundingBodyDetails().length() > 4000) {
            errors.put("fundingBodyDetails", "The details must be 4000 characters or fewer");
        }
        Checks.throwIf(errors);
        settings.save(changed);
        events.publishEvent(new RecordChanged("Feedback settings", "1", RecordChanged.Action.UPDATED,
                before.toString(), changed.toString()));
    }

    private static void checkRange(Map<String, String> errors, String field, int value, int min, int max) {
        if (value < min || value > max) {
            errors.put(field, "Enter a whole number from " + min + " to " + max);
        }
    }
}
