package waypoint.organisation.web;

import org.springframework.security.access.AccessDeniedException;

/**
 * For the pages that only show a form: refuses someone the service would refuse on submit, so they are not given
 * a form they cannot send. The service still decides on every change.
 */
final class Access {

    private Access() {
    }

    static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("You do not have access to this");
        }
    }
}
