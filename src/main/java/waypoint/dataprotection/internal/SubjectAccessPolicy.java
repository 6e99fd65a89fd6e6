package waypoint.dataprotection.internal;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;

/**
 * Who may do what with a subject access request (docs/domain/data-protection.md, "Who does what"): a learner asks for
 * their own data and downloads their own released pack; an administrator or the data protection officer records a
 * request for someone and reads the list; only the data protection officer checks identity, gathers, reviews,
 * extends and releases.
 */
public final class SubjectAccessPolicy {

    private SubjectAccessPolicy() {
    }

    public static boolean canAskForOwnData(CurrentUser user) {
        return user.has(Role.LEARNER);
    }

    public static boolean canRecord(CurrentUser user) {
        return user.hasAny(Role.DATA_PROTECTION_OFFICER, Role.ADMINISTRATOR);
    }

    public static boolean canRead(CurrentUser user) {
        return canRecord(user);
    }

    public static boolean canHandle(CurrentUser user) {
        return user.has(Role.DATA_PROTECTION_OFFICER);
    }

    /** The person it is about, once answered; the officer at any time after release. */
    public static boolean canDownload(CurrentUser user, SubjectAccessRequest request) {
        if (!request.state().isAnswered()) {
            return false;
        }
        return user.id().equals(request.learnerAccountId()) || canHandle(user);
    }
}
