package waypoint.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.internal.UserAccount;
import waypoint.identity.internal.UserAccountRepository;
import waypoint.shared.audit.RecordChanged;

/** The accounts other modules create and manage: a staff member, a learner or an employer contact each has one. */
@Service
public class UserAccounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final waypoint.identity.internal.SignInSettings signInSettings;
    private final JdbcClient jdbc;

    UserAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
            Clock clock, waypoint.identity.internal.SignInSettings signInSettings, JdbcClient jdbc) {
        this.signInSettings = signInSettings;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** Creates an account that can sign in once its owner sets a password through an invitation. */
    @Transactional
    public AccountSummary create(String email, String displayName, Set<Role> roles) {
        accounts.findByEmail(email).ifPresent(existing -> {
            throw new EmailAlreadyInUseException(email);
        });
        UserAccount account = accounts.save(UserAccount.invite(email, displayName, roles, clock.instant()));
        events.publishEvent(RecordChanged.created("Account", account.getId(), account.email() + " " + account.roles()));
        return account.summary();
    }

    /** Creates an account with a password already set: for demo data and first-run set-up only. */
    @Transactional
    public AccountSummary createWithPassword(String email, String displayName, Set<Role> roles, String password) {
        UserAccount account = UserAccount.invite(email, displayName, roles, clock.instant());
        account.setPassword(passwordEncoder.encode(password));
        return accounts.save(account).summary();
    }

    @Transactional
    public AccountSummary changeDetails(UUID id, String email, String displayName) {
        UserAccount account = load(id);
        accounts.findByEmail(email).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new EmailAlreadyInUseException(email);
        });
        String before = account.email() + " / " + account.displayName();
        account.changeDetails(email, displayName);
        accounts.save(account);
        events.publishEvent(RecordChanged.updated("Account", id, before, account.email() + " / " + account.displayName()));
        return account.summary();
    }

    @Transactional
    public AccountSummary changeRoles(UUID id, Set<Role> roles) {
        UserAccount account = load(id);
        Set<Role> before = account.roles();
        account.changeRoles(roles);
        accounts.save(account);
        events.publishEvent(RecordChanged.updated("Account", id, before.toString(), roles.toString()));
        return account.summary();
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(UUID id) {
        return accounts.findById(id).map(UserAccount::summary);
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByEmail(email).map(UserAccount::summary);
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> findAll(Collection<UUID> ids) {
        return accounts.findAllById(ids).stream().map(UserAccount::summary).toList();
    }

    /** Accounts not disabled holding the role, by name (at most 100): who can take on a job that role does. */
    @Transactional(readOnly = true)
    public List<AccountSummary> findActiveWithRole(Role role) {
        // one query with each account's roles, not one more for each account's roles (a page listing who may handle a
        // complaint asked for five roles' worth of accounts; docs/performance.md); the role's holders first, each
        // account looked up by its id, then their names sorted: walked in name order, the planner read 120,000
        // accounts to find the first hundred tutors, and joined to the holders it read them all too (170 to 190 ms
        // for 2,003 tutors at the reference scale, under load; 36 to 72 ms looked up by id)
        return jdbc.sql("""
                        SELECT a.id, a.email, a.display_name, a.status, a.locked_until,
                               array(SELECT r.role FROM user_role r WHERE r.user_id = a.id) AS roles
                        FROM user_account a
                        WHERE a.id = ANY(ARRAY(SELECT user_id FROM user_role WHERE role = :role))
                          AND a.status <> 'DISABLED' ORDER BY lower(a.display_name), a.id LIMIT 100""")
                .param("role", role.name())
                .query((rs, n) -> {
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    for (String named : (String[]) rs.getArray("roles").getArray()) {
                        roles.add(Role.valueOf(named));
                    }
                    return new AccountSummary(rs.getObject("id", UUID.class), rs.getString("email"),
                            rs.getString("display_name"), Collections.unmodifiableSet(roles),
                            AccountStatus.valueOf(rs.getString("status")),
                            rs.getObject("locked_until", java.time.OffsetDateTime.class) == null ? null
                                    : rs.getObject("locked_until", java.time.OffsetDateTime.class).toInstant());
                }).list();
    }

    private UserAccount load(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new IllegalArgumentException("No account " + id));
    }

    /**
     * The demo's shared logins are used by everyone who tries it, so no second factor is required there unless an
     * administrator of the demo has chosen otherwise (docs/domain/sign-in.md); the pages say so in a banner.
     */
    public void waiveSecondFactorForTheDemo() {
        signInSettings.waiveForTheDemo();
    }
}
