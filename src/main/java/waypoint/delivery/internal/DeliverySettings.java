package waypoint.delivery.internal;

import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;

/**
 * The provider's session cadence, for standards whose catalogue entry gives none: at most this many days between an
 * apprentice's sessions (default 35, the Learning and skills mentor course page: "at least every 4-5 weeks"). Any
 * member of staff reads it; administrators change it.
 */
@Service
public class DeliverySettings {

    private final CadenceRules rules;
    private final ApplicationEventPublisher events;

    DeliverySettings(CadenceRules rules, ApplicationEventPublisher events) {
        this.rules = rules;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public int maxDaysBetweenSessions(CurrentUser user) {
        if (!user.isStaff()) {
            throw new AccessDeniedException("The delivery settings are for staff");
        }
        return rules.providerDays();
    }

    /** Changes the days; {@code typed} as entered, so a form or the API reports a field error. */
    @Transactional
    public int change(CurrentUser user, String typed) {
        if (!user.has(Role.ADMINISTRATOR)) {
            throw new AccessDeniedException("Only administrators change the delivery settings");
        }
        int days;
        try {
            days = Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException notANumber) {
            throw new FieldValidationException(Map.of("maxDaysBetweenSessions",
                    "Enter the most days between sessions as a number, like 35"));
        }
        if (days < 1 || days > 366) {
            throw new FieldValidationException(Map.of("maxDaysBetweenSessions",
                    "The most days between sessions must be from 1 to 366"));
        }
        int before = rules.providerDays();
        rules.changeProviderDays(days);
        events.publishEvent(RecordChanged.updated("delivery settings", new UUID(0, 6), before + " days", days + " days"));
        return days;
    }
}
