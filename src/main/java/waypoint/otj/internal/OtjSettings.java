package waypoint.otj.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;

/**
 * The provider's off-the-job settings: the red / amber / green thresholds of the pace status, and the activity types it
 * adds to the handbook's list (the learner handbook, “20% Off the Job Training”). Administrators change them; the same
 * checks serve the settings page and the API.
 */
@Service
public class OtjSettings {

    private static final UUID SETTINGS_ID = new UUID(0, 5);
    private static final int LONGEST_NAME = 80;

    private final EntryStore store;
    private final ApplicationEventPublisher events;

    OtjSettings(EntryStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    public record Settings(Thresholds thresholds, List<EntryStore.TypeSetting> activityTypes) {
    }

    @Transactional(readOnly = true)
    public Settings current() {
        return new Settings(store.thresholds(), store.typeSettings());
    }

    /**
     * New thresholds, each a whole percentage the form has checked (amber from 1 to 100, red from 0 to 100): red, the
     * worse of the two, may not be above amber.
     */
    @Transactional
    public Thresholds changeThresholds(CurrentUser user, int amber, int red) {
        requireAdministrator(user);
        if (red > amber) {
            throw new FieldValidationException("redBelowPercent", "The red threshold must not be above the amber"
                    + " threshold (" + amber + "%)");
        }
        Thresholds before = store.thresholds();
        Thresholds after = new Thresholds(amber, red);
        store.saveThresholds(after);
        events.publishEvent(RecordChanged.updated("Off-the-job settings", SETTINGS_ID, describe(before),
                describe(after)));
        return after;
    }

    /** Adds a provider's own activity type; answers its code. */
    @Transactional
    public String addActivityType(CurrentUser user, String name) {
        requireAdministrator(user);
        String cleaned = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (cleaned.isEmpty()) {
            throw new FieldValidationException("name", "Enter the name of the activity type");
        }
        if (cleaned.length() > LONGEST_NAME) {
            throw new FieldValidationException("name", "The name must be " + LONGEST_NAME + " characters or fewer");
        }
        if (store.activityTypeNamed(cleaned)) {
            throw new FieldValidationException("name", "There is already an activity type called " + cleaned);
        }
        String code = codeFor(cleaned);
        store.addActivityType(code, cleaned);
        events.publishEvent(RecordChanged.created("Off-the-job activity type", SETTINGS_ID, cleaned));
        return code;
    }

    /** Retires a provider's own type (not offered for new entries), or brings it back. */
    @Transactional
    public void retireActivityType(CurrentUser user, String code, boolean retired) {
        requireAdministrator(user);
        if (!store.retireActivityType(code, retired)) {
            throw new NotFoundException("Activity type added by the provider");
        }
        events.publishEvent(RecordChanged.updated("Off-the-job activity type", SETTINGS_ID, code,
                code + (retired ? " retired" : " offered again")));
    }

    private String codeFor(String name) {
        String base = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        base = "P_" + (base.isEmpty() ? "TYPE" : base.substring(0, Math.min(30, base.length())));
        String code = base;
        var taken = store.typeSettings().stream().map(EntryStore.TypeSetting::code).toList();
        for (int n = 2; taken.contains(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    private static String describe(Thresholds t) {
        return "amber below " + t.amberBelowPercent() + "%, red below " + t.redBelowPercent() + "%";
    }

    /** Refuses anyone but an administrator, before what they typed is read. */
    public static void requireAdministrator(CurrentUser user) {
        if (!user.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only administrators change the off-the-job settings");
        }
    }
}
