package waypoint.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import waypoint.identity.AccountStatus;
import waypoint.identity.AccountSummary;
import waypoint.identity.Role;

/** A person's account: how they sign in, what jobs they hold, and whether repeated failures have locked it. */
@Table("user_account")
public class UserAccount implements Persistable<UUID> {

    @Id
    private final UUID id;
    private String email;
    private String displayName;
    private String passwordHash;
    private AccountStatus status;
    private int failedSignIns;
    private Instant lockedUntil;
    private final Instant createdAt;
    private Instant createdOnFirstSignOnAt;
    @MappedCollection(idColumn = "user_id")
    private Set<RoleGrant> roles;
    @Version
    private Integer version;

    @PersistenceCreator
    UserAccount(UUID id, String email, String displayName, String passwordHash, AccountStatus status,
            int failedSignIns, Instant lockedUntil, Instant createdAt, Instant createdOnFirstSignOnAt,
            Set<RoleGrant> roles, Integer version) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.status = status;
        this.failedSignIns = failedSignIns;
        this.lockedUntil = lockedUntil;
        this.createdAt = createdAt;
        this.createdOnFirstSignOnAt = createdOnFirstSignOnAt;
        this.roles = roles;
        this.version = version;
    }

    public static UserAccount invite(String email, String displayName, Set<Role> roles, Instant now) {
        return new UserAccount(UUID.randomUUID(), normalise(email), displayName.strip(), null, AccountStatus.INVITED,
                0, null, now, null, grants(roles), null);
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Set<RoleGrant> grants(Set<Role> roles) {
        return roles.stream().map(RoleGrant::new).collect(Collectors.toSet());
    }

    /** Setting a password accepts an invitation or completes a reset, and clears any lock. */
    public void setPassword(String hash) {
        if (status == AccountStatus.DISABLED) {
            throw new IllegalStateException("A disabled account cannot set a password");
        }
        this.passwordHash = hash;
        this.status = AccountStatus.ACTIVE;
        unlock();
    }

    /**
     * The account was just opened (invited, no password) for someone whose identity provider vouched for them on their
     * first single sign-on, as the provider's setting allows (docs/domain/sign-in.md, "Accounts on first single
     * sign-on"): it is set up by that sign-in, as accepting an invitation sets up others, and remembers how it began.
     * They have no password (they may set one through "forgotten password" like anyone).
     */
    public void setUpByFirstSingleSignOn(Instant now) {
        if (status != AccountStatus.INVITED || passwordHash != null || createdOnFirstSignOnAt != null) {
            throw new IllegalStateException("Only an account just opened can be set up by a first single sign-on");
        }
        this.status = AccountStatus.ACTIVE;
        this.createdOnFirstSignOnAt = now;
    }

    public Instant createdOnFirstSignOnAt() {
        return createdOnFirstSignOnAt;
    }

    /** Counts a failed sign-in; the last allowed failure locks the account for the lockout period. */
    public boolean recordFailedSignIn(LockoutPolicy policy, Instant now) {
        failedSignIns++;
        if (failedSignIns >= policy.maximumFailures()) {
            lockedUntil = now.plus(policy.lockoutPeriod());
            failedSignIns = 0;
            return true;
        }
        return false;
    }

    /** Clears the count of failures; false when there was nothing to clear (so nothing needs saving). */
    public boolean recordSuccessfulSignIn() {
        boolean changed = failedSignIns != 0 || lockedUntil != null;
        failedSignIns = 0;
        lockedUntil = null;
        return changed;
    }

    public void unlock() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void changeDetails(String email, String displayName) {
        this.email = normalise(email);
        this.displayName = displayName.strip();
    }

    public void changeRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        this.roles = grants(newRoles);
    }

    public void disable() {
        this.status = AccountStatus.DISABLED;
    }

    public void enable() {
        this.status = passwordHash == null ? AccountStatus.INVITED : AccountStatus.ACTIVE;
    }

    public AccountSummary summary() {
        return new AccountSummary(id, email, displayName, roles(), status, lockedUntil);
    }

    /** In the order of {@link Role}, so pages list them the same way every time. */
    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles.stream().map(RoleGrant::role)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))));
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return version == null;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public AccountStatus status() {
        return status;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** How many failures lock an account and for how long. */
    public record LockoutPolicy(int maximumFailures, Duration lockoutPeriod) {
    }
}
