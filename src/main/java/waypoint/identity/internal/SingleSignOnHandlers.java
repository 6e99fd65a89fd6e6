package waypoint.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;

import waypoint.shared.audit.RecordChanged;
import waypoint.shared.operations.Metrics;

/**
 * What happens when the identity provider sends a person back (docs/adr/0010-staff-single-sign-on.md): signed in as
 * their Waypoint account, exactly as after a password, or refused with a page that says why; both audited.
 */
public final class SingleSignOnHandlers {

    /** The session attribute the refusal page reads: why the last single sign-on was refused. */
    public static final String REFUSAL = "waypoint.singleSignOn.refusal";

    private SingleSignOnHandlers() {
    }

    /**
     * The sign-in throttle of an address: once too many single sign-on replies from it named no sign-in
     * ({@link SignInRefusalsByAddress}), the button and the callback from that address are refused for the hour.
     */
    static final class Throttle extends org.springframework.web.filter.OncePerRequestFilter {

        private final SignInRefusalsByAddress addresses;

        Throttle(SignInRefusalsByAddress addresses) {
            this.addresses = addresses;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return !path.startsWith(SingleSignOn.START + "/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                jakarta.servlet.FilterChain chain) throws ServletException, IOException {
            if (addresses.reached(request.getRemoteAddr())) {
                request.getSession().setAttribute(REFUSAL, new Refused(Refusal.TOO_MANY_FROM_THIS_ADDRESS, null));
                response.sendRedirect(request.getContextPath() + SingleSignOn.REFUSED);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** Why a single sign-on was refused, as the refusal page explains it. */
    public enum Refusal {
        /** Waypoint has no account it may sign the person in as (none, not staff, not verified, not set up). */
        NO_ACCOUNT,
        /**
         * No account has the email and the provider lets a first single sign-on create one, but not for this person
         * (their email's domain is not listed, or their details would not make a staff record).
         */
        NOT_CREATED,
        DISABLED,
        LOCKED,
        /** The reply did not belong to a sign-in this browser started (state or nonce), or could not be checked. */
        NOT_COMPLETED,
        /** The person cancelled or the provider refused them. */
        PROVIDER_REFUSED,
        /** Waypoint could not reach the provider (its discovery document or its token endpoint). */
        PROVIDER_UNREACHABLE,
        /** Too many replies from this address named no sign-in: single sign-on from it waits for the hour. */
        TOO_MANY_FROM_THIS_ADDRESS
    }

    /** The refusal and the email the provider gave, for the refusal page. */
    public record Refused(Refusal refusal, String email) implements java.io.Serializable {
    }

    /** Signs the session in as the Waypoint account the provider's person was matched to. */
    static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {

        private final WaypointUserDetailsService users;
        private final SignInAttempts attempts;
        private final AccountSessions sessions;
        private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

        Success(WaypointUserDetailsService users, SignInAttempts attempts, AccountSessions sessions,
                RequestCache requestCache) {
            this.users = users;
            this.attempts = attempts;
            this.sessions = sessions;
            setRequestCache(requestCache);
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws ServletException, IOException {
            SingleSignOnUsers.Matched matched = (SingleSignOnUsers.Matched) authentication.getPrincipal();
            WaypointPrincipal principal = users.loadById(matched.accountId());
            principal.eraseCredentials();
            // the same authentication a password sign-in leaves, so every page, filter and audit entry sees the
            // Waypoint account and nothing of the provider's tokens is kept
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    principal.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);

            boolean multiFactor = matched.multiFactor();
            attempts.succeeded(principal.getUsername(), multiFactor
                    ? "single sign-on, with the identity provider's multi-factor authentication"
                    : "single sign-on");
            HttpSession session = request.getSession();
            session.removeAttribute(SecondFactorGate.PASSED);
            session.removeAttribute(REFUSAL);
            if (multiFactor) {
                SecondFactorGate.passed(session, principal.user().id());
            }
            sessions.began(request);
            super.onAuthenticationSuccess(request, response, context.getAuthentication());
        }
    }

    /**
     * Refuses with a page that says why, records the refusal in the audit trail and counts it: towards the lockout of
     * the account it names (the email the provider vouched for, or the one in an ID token whose nonce did not match),
     * as a wrong password would be; towards the sign-in throttle of the address it came from when it names none (a
     * state that matches no sign-in this browser started). docs/adr/0010-staff-single-sign-on.md, "Refusals".
     */
    static final class Failure implements AuthenticationFailureHandler {

        private final ApplicationEventPublisher events;
        private final Metrics metrics;
        private final SignInAttempts attempts;
        private final SignInRefusalsByAddress addresses;

        Failure(ApplicationEventPublisher events, Metrics metrics, SignInAttempts attempts,
                SignInRefusalsByAddress addresses) {
            this.events = events;
            this.metrics = metrics;
            this.attempts = attempts;
            this.addresses = addresses;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException exception) throws IOException {
            Refused refused;
            String audit;
            String recordId;
            String named;
            String code = null;
            if (exception instanceof SingleSignOnRefused known) {
                refused = new Refused(switch (known.reason()) {
                    case DISABLED -> Refusal.DISABLED;
                    case LOCKED -> Refusal.LOCKED;
                    case DOMAIN_NOT_ALLOWED, STAFF_RECORD_REFUSED -> Refusal.NOT_CREATED;
                    default -> Refusal.NO_ACCOUNT;
                }, known.email());
                audit = "single sign-on refused: " + known.reason().audit()
                        + (known.email() == null ? "" : " (" + known.email() + ")");
                recordId = known.accountId() != null ? known.accountId().toString()
                        : known.email() != null ? known.email() : "unknown";
                named = known.email();
            } else {
                // the button's own failure (the provider's discovery document could not be read) is not an
                // OAuth2AuthenticationException; a token endpoint that does not answer is invalid_token_response
                code = exception instanceof OAuth2AuthenticationException oauth
                        ? oauth.getError().getErrorCode() : "provider_unreachable";
                boolean providerSaidNo = "access_denied".equals(code) || "login_required".equals(code)
                        || "interaction_required".equals(code) || "consent_required".equals(code);
                boolean unreachable = "provider_unreachable".equals(code) || "invalid_token_response".equals(code);
                refused = new Refused(providerSaidNo ? Refusal.PROVIDER_REFUSED
                        : unreachable ? Refusal.PROVIDER_UNREACHABLE : Refusal.NOT_COMPLETED, null);
                named = "invalid_nonce".equals(code) ? CheckedIdTokens.checkedEmail(request).orElse(null) : null;
                audit = "single sign-on refused: " + describe(code) + (named == null ? "" : " (" + named + ")");
                recordId = named != null ? named : "unknown";
            }
            // counted (and audited on the account) like a wrong password; an account already locked, or no
            // account with the email, is audited here instead
            boolean counted = named != null && attempts.failed(named, audit);
            // a reply that names no one and could not be trusted (a state matching no sign-in this browser started,
            // an ID token that failed its checks) counts against the address it came from
            if (named == null && refused.refusal() == Refusal.NOT_COMPLETED) {
                addresses.refused(request.getRemoteAddr());
            }
            if (!counted) {
                events.publishEvent(new RecordChanged(exception instanceof SingleSignOnRefused known
                        && known.accountId() != null ? "Account" : "SingleSignOn", recordId,
                        RecordChanged.Action.SIGN_IN_FAILED, null, audit));
            }
            metrics.count(Metrics.SIGN_IN_FAILURES, "channel", "single_sign_on", "reason",
                    refused.refusal().name().toLowerCase());
            request.getSession().setAttribute(REFUSAL, refused);
            response.sendRedirect(request.getContextPath() + SingleSignOn.REFUSED);
        }

        private static String describe(String code) {
            return switch (code) {
                case "authorization_request_not_found" ->
                    "the reply's state matches no sign-in this browser started (authorization_request_not_found)";
                case "invalid_nonce" -> "the ID token's nonce does not match this sign-in (invalid_nonce)";
                case "invalid_id_token" -> "the ID token did not pass its checks (invalid_id_token)";
                case "provider_unreachable", "invalid_token_response" ->
                    "the identity provider could not be reached (" + code + ")";
                default -> "the identity provider's reply could not be used (" + code + ")";
            };
        }
    }
}
