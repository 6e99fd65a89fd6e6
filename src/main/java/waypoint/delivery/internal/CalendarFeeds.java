package waypoint.delivery.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.identity.AccountStatus;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.shared.audit.RecordChanged;

/**
 * Each person's calendar feed of their sessions at a private address: calendar apps subscribe without signing in, so
 * the address holds a random secret of 256 bits; the person may reset it, and the old address then finds nothing. A
 * learner's or employer's feed holds the sessions of the apprenticeships they may see; a member of staff's those they
 * lead (and, for a tutor, those of their caseload).
 */
@Service
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final ApprenticeshipAccess access;
    private final SessionStore sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    CalendarFeeds(JdbcClient jdbc, UserAccounts accounts, ApprenticeshipAccess access, SessionStore sessions,
            ApplicationEventPublisher events, Clock clock, @Value("${waypoint.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.access = access;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** The person's feed address, made the first time they ask. */
    @Transactional
    public String addressOf(CurrentUser user) {
        Optional<String> token = jdbc.sql("SELECT token FROM delivery_calendar_token WHERE account_id = :a")
                .param("a", user.id()).query(String.class).optional();
        return baseUrl + "/calendar/" + token.orElseGet(() -> reset(user)) + ".ics";
    }

    /** A new secret: the old address stops working. */
    @Transactional
    public String reset(CurrentUser user) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                INSERT INTO delivery_calendar_token (account_id, token, created_at) VALUES (:a, :t, :now)
                ON CONFLICT (account_id) DO UPDATE SET token = :t, created_at = :now
                """).param("a", user.id()).param("t", token).param("now", Timestamp.from(clock.instant())).update();
        events.publishEvent(RecordChanged.updated("CalendarFeedAddress", user.id(), "", "reset"));
        return token;
    }

    /** The feed of the person the secret belongs to, or empty for an unknown secret or an account not active. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT account_id FROM delivery_calendar_token WHERE token = :t").param("t", token)
                .query(UUID.class).optional()
                .flatMap(accounts::find)
                .filter(a -> a.status() == AccountStatus.ACTIVE || a.status() == AccountStatus.INVITED)
                .map(a -> new CurrentUser(a.id(), a.email(), a.displayName(), a.roles()))
                .map(this::write);
    }

    String write(CurrentUser user) {
        ApprenticeshipScope scope = access.scopeOf(user);
        UUID tutor = null;
        if (user.isStaff()) {
            tutor = user.id();
            if (scope.kind() != ApprenticeshipScope.Kind.STAFF) {
                scope = ApprenticeshipScope.nobody();
            }
        }
        List<SessionRow> rows = sessions.feed(scope, tutor, clock.instant().minus(Duration.ofDays(90)));
        return ICalendar.write("Waypoint sessions: " + user.displayName(), rows.stream()
                .map(s -> new ICalendar.Event(s.id() + "@waypoint", s.updatedAt(), s.startsAt(), s.endsAt(),
                        s.topic() + " (" + s.kindWords().toLowerCase() + " session with " + s.tutorName() + ")",
                        s.place() != null ? s.place() : s.remoteLink(), s.remoteLink(),
                        "Session with " + s.tutorName() + (s.plannedKsbs().isEmpty() ? ""
                                : ". KSBs planned: " + String.join(", ", s.plannedKsbs()))
                                + ". " + baseUrl + "/sessions/" + s.id(),
                        s.state() == waypoint.delivery.SessionState.CANCELLED, s.sequence()))
                .toList());
    }
}
