package waypoint.supportcase.internal;

import org.springframework.security.access.AccessDeniedException;

/**
 * A step your support policy gives to someone else (a role, or staff working on the apprenticeship): refused with
 * the rule, answered 403 with that rule in the API and on the page.
 */
public class SupportStepNotYours extends AccessDeniedException {

    public SupportStepNotYours(String rule) {
        super(rule);
    }
}
