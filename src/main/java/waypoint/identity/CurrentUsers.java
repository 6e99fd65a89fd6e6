package waypoint.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import waypoint.identity.internal.WaypointPrincipal;

/** The signed-in person of the current request, for code that is not handed one. */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof WaypointPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }
}
