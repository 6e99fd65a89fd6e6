package waypoint.epa.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.audit.RecordChanged;

/** The provider's EPA settings (see {@link EpaSettings}): read and changed by an administrator only. */
@Service
public class EpaSettingsService {

    private final EpaStore store;
    private final ApplicationEventPublisher events;

    EpaSettingsService(EpaStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    public static boolean mayChange(CurrentUser user) {
        return user.has(Role.ADMINISTRATOR);
    }

    @Transactional(readOnly = true)
    public EpaSettings settings(CurrentUser user) {
        if (!mayChange(user)) {
            throw new AccessDeniedException("Only an administrator changes the EPA settings");
        }
        return store.settings();
    }

    /** Changes both figures (the form has checked each is a whole number in its range); a stale version is refused. */
    @Transactional
    public void change(CurrentUser user, int attempts, int window, Integer version) {
        EpaSettings before = settings(user);
        EpaSettings changed = new EpaSettings(attempts, window, version == null ? before.version() : version);
        store.saveSettings(changed);
        events.publishEvent(new RecordChanged("EPA settings", "1", RecordChanged.Action.UPDATED,
                before.maximumAttempts() + " attempts, " + before.appealWindowWorkingDays() + " working days",
                attempts + " attempts, " + window + " working days"));
    }
}
