package waypoint.shared.calendar;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may manage the bank holidays: administrators only. Anyone signed in may ask the calendar questions.
 * The shared module sits below identity, so the role is read from the granted authority
 * ({@code ROLE_ADMINISTRATOR}, the name of {@code waypoint.identity.Role.ADMINISTRATOR}) rather than the enum.
 */
public final class CalendarPolicy {

    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    private CalendarPolicy() {
    }

    public static boolean canManageBankHolidays(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(granted -> ("ROLE_" + ADMINISTRATOR).equals(granted.getAuthority()));
    }

    /** The signed-in administrator's user name (their email), or an access denial for anyone else. */
    static String requireAdministrator() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!canManageBankHolidays(authentication)) {
            throw new AccessDeniedException("Only an administrator may manage the bank holidays");
        }
        return Optional.ofNullable(authentication.getName()).orElse("unknown");
    }
}
