package waypoint.epa.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;

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

    /** Changes both figures; the texts as typed, so a page can keep them on error. */
    @Transactional
    public void change(CurrentUser user, String attemptsText, String windowText, Integer version) {
        EpaSettings before = settings(user);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer attempts = whole(errors, "maximumAttempts", attemptsText, 1, EpaSettings.MOST_ATTEMPTS,
                "the most times a method may be assessed");
        Integer window = whole(errors, "appealWindowWorkingDays", windowText, 1, EpaSettings.LONGEST_WINDOW,
                "the working days within which an appeal may be made");
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        EpaSettings changed = new EpaSettings(attempts, window, version == null ? before.version() : version);
        store.saveSettings(changed);
        events.publishEvent(new RecordChanged("EPA settings", "1", RecordChanged.Action.UPDATED,
                before.maximumAttempts() + " attempts, " + before.appealWindowWorkingDays() + " working days",
                attempts + " attempts, " + window + " working days"));
    }

    private static Integer whole(Map<String, String> errors, String field, String text, int min, int max,
            String what) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            errors.put(field, "Enter " + what);
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        errors.put(field, "Enter a whole number from " + min + " to " + max);
        return null;
    }
}
