package waypoint.safeguarding.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.safeguarding.ConcernKind;

/**
 * Who may do what with concerns. Anyone signed in may raise one; a concern is read and handled only by people holding
 * the role that handles its kind ({@link ConcernKind#handler()}). No other role reaches a safeguarding or Prevent
 * record: not administrators, not directors (safeguarding records are visible to safeguarding staff
 * only: the learner handbook, "Safeguarding"; docs/domain/provider-documents.md). The person who raised a concern does
 * not see it again unless a handler shares an update.
 */
@Component
public class ConcernPolicy {

    public boolean canRaise(CurrentUser user) {
        return user != null;
    }

    public boolean canHandle(CurrentUser user, ConcernKind kind) {
        return user.has(kind.handler());
    }

    /** The handler roles this person holds, to narrow lists to the kinds they handle. */
    public Set<String> handlerRolesOf(CurrentUser user) {
        return Arrays.stream(ConcernKind.values()).map(ConcernKind::handler).filter(user::has).map(Role::name)
                .collect(Collectors.toSet());
    }

    public boolean canList(CurrentUser user) {
        return !handlerRolesOf(user).isEmpty();
    }
}
