package waypoint.feedback.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import waypoint.identity.AccountSummary;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.shared.messaging.NotificationRequested;

/**
 * The staff who handle cases: the first member of staff in the jobs a complaint's stage names
 * ({@link ComplaintStages#handlersOf}, docs/domain/complaints-policy.md) whom the complaint accepts; the quality role
 * for appeals; the Operations Manager (head of delivery) for compliments and suggestions. And who someone's manager
 * is, to be told of deadlines: a tutor's or lead's is the head of delivery, a head of delivery's the director.
 */
@Component
public class Handlers {

    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;

    Handlers(UserAccounts accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    /** Tells the case's handler it has come to them (once per case, handler, stage and status). */
    void tellOwner(Feedback f, String title) {
        if (f.ownerAccountId() != null) {
            events.publishEvent(new NotificationRequested("feedback:" + f.id() + ":owner:" + f.ownerAccountId()
                    + ":" + f.stage() + ":" + f.status(), f.ownerAccountId(), title, f.summary(),
                    "/feedback/" + f.id()));
        }
    }

    public Optional<UUID> operationsManager() {
        return firstWith(Role.HEAD_OF_DELIVERY, Role.QUALITY, Role.DIRECTOR, Role.ADMINISTRATOR);
    }

    public Optional<UUID> quality() {
        return firstWith(Role.QUALITY, Role.DIRECTOR, Role.HEAD_OF_DELIVERY);
    }

    /** The people told when the owner's deadline nears or passes, besides the owner. */
    public List<UUID> managersOf(UUID owner) {
        Optional<AccountSummary> account = accounts.find(owner);
        if (account.isEmpty()) {
            return List.of();
        }
        var roles = account.get().roles();
        Role managerRole = roles.contains(Role.HEAD_OF_DELIVERY) ? Role.DIRECTOR
                : roles.contains(Role.DIRECTOR) ? Role.QUALITY
                : roles.contains(Role.QUALITY) ? Role.DIRECTOR : Role.HEAD_OF_DELIVERY;
        return accounts.findActiveWithRole(managerRole).stream().map(AccountSummary::id)
                .filter(id -> !id.equals(owner)).limit(3).toList();
    }

    /** The staff roles a case may be given to (any but the administrator's, who is not part of the process). */
    private static final List<Role> HANDLING = List.of(Role.TUTOR, Role.LEAD, Role.HEAD_OF_DELIVERY, Role.DIRECTOR,
            Role.QUALITY);

    /** Staff offered when a case is given to someone: the first hundred by name of each role that may handle one. */
    public List<AccountSummary> candidates() {
        return HANDLING.stream().flatMap(r -> accounts.findActiveWithRole(r).stream())
                .distinct().sorted(java.util.Comparator.comparing(AccountSummary::displayName)).toList();
    }

    /** Whether the account is an active member of staff who may be given a case, whether or not the list offers them. */
    public boolean mayHandle(UUID account) {
        return account != null && accounts.find(account)
                .filter(a -> a.status() != waypoint.identity.AccountStatus.DISABLED)
                .filter(a -> a.roles().stream().anyMatch(HANDLING::contains)).isPresent();
    }

    public String nameOf(UUID account) {
        return account == null ? null : accounts.find(account).map(AccountSummary::displayName).orElse("Unknown");
    }

    /** A member of staff by their account, if it exists. */
    public Optional<StaffMember> member(UUID account) {
        return account == null ? Optional.empty() : accounts.find(account).map(StaffMember::of);
    }

    /** The first active member of staff in the jobs given, tried in that order, whom {@code may} accepts. */
    public Optional<StaffMember> first(List<Role> jobs, Predicate<StaffMember> may) {
        for (Role job : jobs) {
            Optional<StaffMember> found = accounts.findActiveWithRole(job).stream().map(StaffMember::of)
                    .filter(may).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<UUID> firstWith(Role... roles) {
        for (Role role : roles) {
            List<AccountSummary> found = accounts.findActiveWithRole(role);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0).id());
            }
        }
        return Optional.empty();
    }
}
