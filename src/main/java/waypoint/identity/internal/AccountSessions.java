package waypoint.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;

import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;

/**
 * Where a person is signed in: their page sessions (Spring Session rows, found by the account's email), with the
 * browser and address noted at sign-in; they end any of them, and an administrator ends all of another person's.
 * A session is named on pages by a hash of its id, never by the id itself (which is the cookie's secret).
 */
@Service
public class AccountSessions {

    static final String DEVICE = "waypoint.session.device";
    static final String ADDRESS = "waypoint.session.address";
    static final String ENDS_AT = "waypoint.session.endsAt";

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final UserAccountRepository accounts;
    private final AccountPolicy policy;
    private final SignInSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions, UserAccountRepository accounts,
            AccountPolicy policy, SignInSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.policy = policy;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** One place a person is signed in, as their sessions page lists it. */
    public record SignedIn(String handle, String device, String address, Instant signedInAt, Instant lastSeen,
            boolean current) {
    }

    /** Notes the browser and address, and sets the provider's idle and absolute lifetimes, on a new sign-in. */
    public void began(HttpServletRequest request) {
        HttpSession session = request.getSession();
        SignInSettings.Lifetimes lifetimes = settings.lifetimes();
        session.setMaxInactiveInterval((int) lifetimes.idle().toSeconds());
        session.setAttribute(ENDS_AT, clock.instant().plus(lifetimes.absolute()));
        session.setAttribute(DEVICE, describe(request.getHeader("User-Agent")));
        session.setAttribute(ADDRESS, request.getRemoteAddr());
    }

    /** True when the session has passed its absolute lifetime and must end whatever its activity. */
    public boolean outlived(HttpSession session) {
        return session.getAttribute(ENDS_AT) instanceof Instant endsAt && !clock.instant().isBefore(endsAt);
    }

    public List<SignedIn> list(CurrentUser user, String currentSessionId) {
        return sessionsOf(user.email()).entrySet().stream()
                .map(e -> new SignedIn(handle(e.getKey()), text(e.getValue().getAttribute(DEVICE), "A browser"),
                        text(e.getValue().getAttribute(ADDRESS), "Not known"), e.getValue().getCreationTime(),
                        e.getValue().getLastAccessedTime(), e.getKey().equals(currentSessionId)))
                .sorted(Comparator.comparing(SignedIn::current).reversed()
                        .thenComparing(SignedIn::lastSeen, Comparator.reverseOrder()))
                .toList();
    }

    /** Ends one of the person's own sessions, named by its handle; another person's is "not found". */
    public void end(CurrentUser user, String handle) {
        String id = sessionsOf(user.email()).keySet().stream().filter(sid -> handle(sid).equals(handle)).findFirst()
                .orElseThrow(() -> new NotFoundException("Session"));
        sessions.deleteById(id);
        events.publishEvent(RecordChanged.updated("Account", user.id(), "signed in on a browser",
                "signed out of one browser by its owner"));
    }

    /** An administrator signs a person out everywhere; returns how many sessions ended. */
    public int endAll(CurrentUser administrator, UUID accountId) {
        policy.requireAdministrator(administrator);
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account"));
        Map<String, ? extends Session> found = sessionsOf(account.email());
        found.keySet().forEach(sessions::deleteById);
        events.publishEvent(RecordChanged.updated("Account", accountId, "signed in on " + found.size()
                + " browsers", "signed out everywhere by " + administrator.email()));
        return found.size();
    }

    public int count(UUID accountId) {
        return accounts.findById(accountId).map(a -> sessionsOf(a.email()).size()).orElse(0);
    }

    private Map<String, ? extends Session> sessionsOf(String email) {
        return sessions.findByPrincipalName(email);
    }

    static String handle(String sessionId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sessionId.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object value, String otherwise) {
        return value instanceof String s && !s.isBlank() ? s : otherwise;
    }

    /** "Chrome on Windows": enough for a person to recognise their own devices, from the browser's User-Agent. */
    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "A browser";
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        String browser = ua.contains("edg/") ? "Edge" : ua.contains("firefox/") ? "Firefox"
                : ua.contains("chrome/") || ua.contains("chromium/") ? "Chrome"
                : ua.contains("safari/") ? "Safari" : ua.contains("java-http-client") ? "A program" : "A browser";
        String system = ua.contains("iphone") || ua.contains("ipad") ? "iOS" : ua.contains("android") ? "Android"
                : ua.contains("windows") ? "Windows" : ua.contains("mac os") ? "macOS"
                : ua.contains("linux") ? "Linux" : null;
        return system == null ? browser : browser + " on " + system;
    }

    static Duration minutes(int minutes) {
        return Duration.ofMinutes(minutes);
    }
}
