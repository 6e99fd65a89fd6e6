package waypoint.identity.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.audit.RecordChanged;

/**
 * The provider's sign-in settings: which roles must have a second factor (docs/domain/sign-in.md). By default every
 * privileged role; an administrator changes it.
 */
@Service
public class SignInSettings {

    public static final Set<Role> PRIVILEGED = EnumSet.of(Role.ADMINISTRATOR, Role.SAFEGUARDING_LEAD, Role.QUALITY,
            Role.DIRECTOR, Role.HEAD_OF_DELIVERY);

    private final JdbcClient jdbc;
    private final AccountPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInSettings(JdbcClient jdbc, AccountPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    public Set<Role> rolesNeedingSecondFactor() {
        String names = jdbc.sql("SELECT second_factor_roles FROM sign_in_setting WHERE id = 1").query(String.class)
                .optional().orElse("");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names.split(",")).map(String::strip).forEach(name -> Arrays.stream(Role.values())
                .filter(r -> r.name().equals(name)).forEach(roles::add));
        return roles;
    }

    public boolean needsSecondFactor(Set<Role> roles) {
        return needsSecondFactor(roles, rolesNeedingSecondFactor(), waivedForTheDemo());
    }

    /**
     * The rule: a role the provider chose, or anyone outside the provider whatever was chosen
     * (docs/domain/external-access.md), except on the demo, whose shared logins are used by everyone who tries it.
     */
    static boolean needsSecondFactor(Set<Role> roles, Set<Role> required, boolean waivedForTheDemo) {
        if (roles.contains(Role.EXTERNAL) && !waivedForTheDemo) {
            return true;
        }
        return roles.stream().anyMatch(required::contains);
    }

    private boolean waivedForTheDemo() {
        return jdbc.sql("SELECT waived_for_demo FROM sign_in_setting WHERE id = 1").query(Boolean.class).optional()
                .orElse(false);
    }

    @Transactional
    public void requireSecondFactorFor(CurrentUser user, Set<Role> roles) {
        policy.requireAdministrator(user);
        change(roles);
    }

    /** For the demo loader and tests: the same change without an administrator. */
    @Transactional
    public void change(Set<Role> roles) {
        String before = describe(rolesNeedingSecondFactor());
        jdbc.sql("UPDATE sign_in_setting SET second_factor_roles = :roles, changed_at = :now WHERE id = 1")
                .param("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .param("now", java.sql.Timestamp.from(clock.instant())).update();
        events.publishEvent(new RecordChanged("SignInSettings", "1", RecordChanged.Action.UPDATED,
                "second factor required for: " + before, "second factor required for: " + describe(roles)));
    }

    private static String describe(Set<Role> roles) {
        return roles.isEmpty() ? "nobody"
                : roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }

    /**
     * Turns the requirement off unless someone has already chosen a setting; and, at every start of the demo, spares
     * its shared logins of people outside the provider the second factor they otherwise always need.
     */
    @Transactional
    public void waiveForTheDemo() {
        Boolean untouched = jdbc.sql("SELECT changed_at IS NULL FROM sign_in_setting WHERE id = 1")
                .query(Boolean.class).optional().orElse(false);
        if (untouched) {
            change(Set.of());
        }
        jdbc.sql("UPDATE sign_in_setting SET waived_for_demo = TRUE WHERE id = 1").update();
    }

    /** Whether someone's first single sign-on creates a staff account, with which role, for which domains. */
    public FirstSignOnAccounts firstSignOnAccounts() {
        return jdbc.sql("""
                SELECT first_sign_on_creates_accounts, first_sign_on_role, first_sign_on_domains
                  FROM sign_in_setting WHERE id = 1""")
                .query((rs, n) -> rs.getBoolean(1)
                        ? new FirstSignOnAccounts(true, Role.valueOf(rs.getString(2)),
                                java.util.List.of(rs.getString(3).split(",")))
                        : FirstSignOnAccounts.off())
                .optional().orElse(FirstSignOnAccounts.off());
    }

    /**
     * An administrator turns accounts on first single sign-on on (with the role and domains) or off; audited with the
     * setting before and after (docs/domain/sign-in.md, "Accounts on first single sign-on").
     */
    @Transactional
    public void changeFirstSignOnAccounts(CurrentUser user, FirstSignOnAccounts chosen) {
        policy.requireAdministrator(user);
        FirstSignOnAccounts before = firstSignOnAccounts();
        jdbc.sql("""
                UPDATE sign_in_setting SET first_sign_on_creates_accounts = :on, first_sign_on_role = :role,
                       first_sign_on_domains = :domains, changed_at = :now
                 WHERE id = 1""")
                .param("on", chosen.on()).param("role", chosen.on() ? chosen.role().name() : null)
                .param("domains", chosen.on() ? String.join(",", chosen.domains()) : null)
                .param("now", java.sql.Timestamp.from(clock.instant())).update();
        if (!before.equals(chosen)) {
            events.publishEvent(new RecordChanged("SignInSettings", "1", RecordChanged.Action.UPDATED,
                    before.describe(), chosen.describe()));
        }
    }

    /** How long a session lasts without a request, and at most. */
    public record Lifetimes(java.time.Duration idle, java.time.Duration absolute) {
    }

    public Lifetimes lifetimes() {
        return jdbc.sql("SELECT idle_minutes, absolute_hours FROM sign_in_setting WHERE id = 1")
                .query((rs, n) -> new Lifetimes(java.time.Duration.ofMinutes(rs.getInt(1)),
                        java.time.Duration.ofHours(rs.getInt(2))))
                .optional().orElse(new Lifetimes(java.time.Duration.ofMinutes(60), java.time.Duration.ofHours(12)));
    }

    public static final int IDLE_MINIMUM = 5;
    public static final int IDLE_MAXIMUM = 480;
    public static final int ABSOLUTE_MINIMUM = 1;
    public static final int ABSOLUTE_MAXIMUM = 24;

    /** Changes the lifetimes of sessions begun from now on, each within its range (the form checks what was typed). */
    @Transactional
    public void changeLifetimes(CurrentUser user, int idleMinutes, int absoluteHours) {
        policy.requireAdministrator(user);
        if (idleMinutes < IDLE_MINIMUM || idleMinutes > IDLE_MAXIMUM || absoluteHours < ABSOLUTE_MINIMUM
                || absoluteHours > ABSOLUTE_MAXIMUM) {
            throw new IllegalArgumentException("Sessions last " + IDLE_MINIMUM + " to " + IDLE_MAXIMUM
                    + " idle minutes and " + ABSOLUTE_MINIMUM + " to " + ABSOLUTE_MAXIMUM + " hours at most");
        }
        Lifetimes before = lifetimes();
        jdbc.sql("UPDATE sign_in_setting SET idle_minutes = :idle, absolute_hours = :absolute WHERE id = 1")
                .param("idle", idleMinutes).param("absolute", absoluteHours).update();
        events.publishEvent(new RecordChanged("SignInSettings", "1", RecordChanged.Action.UPDATED,
                "sessions end after " + before.idle().toMinutes() + " idle minutes, at most " + before.absolute().toHours()
                        + " hours", "sessions end after " + idleMinutes + " idle minutes, at most " + absoluteHours + " hours"));
    }
}
