package waypoint.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.WebAuthnConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.WebUtils;

import waypoint.shared.operations.Metrics;

/**
 * Signing in with a passkey (docs/domain/sign-in.md, passkeys). Spring Security checks the browser's answer (the
 * signature over this session's one-time challenge, and a signature counter that must go up); this class turns the
 * passkey's owner into the same {@link WaypointPrincipal} a password sign-in gives, refuses a disabled or locked
 * account, counts the session's second step as done (a passkey is something the person has, unlocked on their
 * device), and counts and audits a refused passkey like a wrong password. A replayed answer (a challenge already used
 * or never issued to this session, or a counter that did not go up) is told apart in the message and the audit.
 */
@Component
class PasskeySignIn {

    static final String SIGN_IN_PATH = "/login/webauthn";
    private static final Pattern CREDENTIAL_ID = Pattern.compile("\"id\"\\s*:\\s*\"([A-Za-z0-9_-]{1,1400})\"");

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final WaypointUserDetailsService users;
    private final SignInAttempts attempts;
    private final AccountSessions sessions;
    private final Passkeys passkeys;
    private final Metrics metrics;
    private final UserAccountRepository accounts;
    private final Clock clock;

    PasskeySignIn(WebAuthnRelyingPartyOperations relyingParty, WaypointUserDetailsService users,
            SignInAttempts attempts, AccountSessions sessions, Passkeys passkeys, Metrics metrics,
            UserAccountRepository accounts, Clock clock) {
        this.relyingParty = relyingParty;
        this.users = users;
        this.attempts = attempts;
        this.sessions = sessions;
        this.passkeys = passkeys;
        this.metrics = metrics;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Passkeys on the page chain: Spring's registration and sign-in end points, with Waypoint's handling. */
    void configure(HttpSecurity http, WebAuthnConfigurer<HttpSecurity> webAuthn) {
        webAuthn.disableDefaultRegistrationPage(true)
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationManager(authenticationManager());
                        filter.setAuthenticationSuccessHandler(PasskeySignIn.this::succeeded);
                        filter.setAuthenticationFailureHandler(PasskeySignIn.this::failed);
                        SessionAuthenticationStrategy strategy = http.getSharedObject(SessionAuthenticationStrategy.class);
                        filter.setSessionAuthenticationStrategy(
                                strategy != null ? strategy : new ChangeSessionIdAuthenticationStrategy());
                        return filter;
                    }
                });
        http.addFilterBefore(new KeepBody(), org.springframework.security.web.csrf.CsrfFilter.class);
    }

    AuthenticationManager authenticationManager() {
        return request -> {
            WebAuthnAuthenticationRequestToken token = (WebAuthnAuthenticationRequestToken) request;
            PublicKeyCredentialUserEntity owner;
            try {
                owner = relyingParty.authenticate(token.getWebAuthnRequest());
            } catch (AuthenticationException refused) {
                throw refused;
            } catch (RuntimeException refused) {
                throw new BadCredentialsException("The passkey was not accepted", refused);
            }
            WaypointPrincipal principal;
            try {
                principal = users.loadUserByUsername(owner.getName());
            } catch (UsernameNotFoundException e) {
                throw new BadCredentialsException("The passkey belongs to no account", e);
            }
            if (!principal.isEnabled()) {
                throw new DisabledException("The account is disabled");
            }
            if (!principal.isAccountNonLocked()) {
                throw new LockedException("The account is locked");
            }
            principal.eraseCredentials();
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        };
    }

    private void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        WaypointPrincipal principal = (WaypointPrincipal) authentication.getPrincipal();
        attempts.succeeded(principal.getUsername());
        HttpSession session = request.getSession();
        session.removeAttribute(SignInFailureHandler.TYPED_EMAIL);
        SecondFactorGate.passed(session, principal.user().id());
        sessions.began(request);
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        SavedRequest saved = cache.getRequest(request, response);
        cache.removeRequest(request, response);
        String target = saved == null ? request.getContextPath() + "/" : saved.getRedirectUrl();
        answer(response, HttpStatus.OK, true, target);
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        boolean replayed = replayed(refused);
        Optional<String> owner = credentialId(request).flatMap(passkeys::ownerOf);
        if (refused instanceof BadCredentialsException) {
            owner.ifPresent(email -> attempts.failed(email,
                    replayed ? "passkey sign-in replayed" : "passkey not accepted"));
        }
        boolean locked = refused instanceof LockedException || owner.flatMap(accounts::findByEmail)
                .map(account -> account.isLocked(clock.instant())).orElse(false);
        metrics.count(Metrics.SIGN_IN_FAILURES, "channel", "passkey", "reason",
                replayed ? "replayed" : SignInAttempts.reason(refused, locked));
        String page = locked ? "/sign-in?locked" : replayed ? "/sign-in?passkey-replayed" : "/sign-in?passkey";
        answer(response, HttpStatus.UNAUTHORIZED, false, request.getContextPath() + page);
    }

    /** A challenge used before (or never given to this browser), or a signature counter that did not go up. */
    static boolean replayed(Throwable refused) {
        if (refused.getMessage() != null && refused.getMessage().contains("No PublicKeyCredentialRequestOptions")) {
            return true;
        }
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.equals("BadChallengeException") || name.equals("MaliciousCounterValueException")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> credentialId(HttpServletRequest request) {
        ContentCachingRequestWrapper kept = WebUtils.getNativeRequest(request, ContentCachingRequestWrapper.class);
        if (kept == null) {
            return Optional.empty();
        }
        Matcher id = CREDENTIAL_ID.matcher(new String(kept.getContentAsByteArray(), StandardCharsets.UTF_8));
        return id.find() ? Optional.of(id.group(1)) : Optional.empty();
    }

    private static void answer(HttpServletResponse response, HttpStatus status, boolean authenticated,
            String redirectUrl) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"authenticated\":" + authenticated + ",\"redirectUrl\":\""
                + redirectUrl.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }

    /** Keeps the body of a passkey sign-in as it is read, so a refused one can be put down to its account. */
    private static final class KeepBody extends OncePerRequestFilter {
        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod()) && SIGN_IN_PATH.equals(request.getServletPath()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(new ContentCachingRequestWrapper(request, 64 * 1024), response);
        }
    }
}
