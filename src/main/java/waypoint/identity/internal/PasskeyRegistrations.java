package waypoint.identity.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import waypoint.identity.CurrentUser;
import waypoint.shared.web.FieldValidationException;

/**
 * Adding a passkey (docs/domain/sign-in.md, "Passkeys"): the person names it and, where their account has an
 * authenticator app, gives a fresh code from it, as for an API token: a passkey is another way into the account, so
 * a session left open on a shared computer must not be enough to add one. Both are checked here, on the server;
 * the session then holds a permit, for a few minutes, for one passkey of that name. Spring Security's registration
 * end points are refused without the permit, and the passkey is saved under the name checked here, whatever the
 * browser's script sends.
 */
@Component
public class PasskeyRegistrations {

    public static final int MAXIMUM_NAME_LENGTH = 100;
    static final Duration PERMIT_LIFETIME = Duration.ofMinutes(5);
    static final String OPTIONS_PATH = "/webauthn/register/options";
    static final String REGISTER_PATH = "/webauthn/register";
    private static final String PERMIT = "waypoint.passkey.permit";

    /** One passkey the session may add: whose, its name, and until when. */
    record Permit(UUID accountId, String name, Instant until) implements Serializable {
    }

    private final SecondFactors secondFactors;
    private final Clock clock;
    private final JsonMapper json;

    PasskeyRegistrations(SecondFactors secondFactors, Clock clock, JsonMapper json) {
        this.secondFactors = secondFactors;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Checks the name and, where the account has an authenticator app, a fresh code (a wrong one counts towards the
     * lockout and is audited); then lets this session add one passkey of that name.
     */
    public void permit(CurrentUser user, String name, String code, HttpSession session) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new FieldValidationException("name", "Enter a name for your passkey");
        }
        if (trimmed.length() > MAXIMUM_NAME_LENGTH) {
            throw new FieldValidationException("name", "The passkey name must be " + MAXIMUM_NAME_LENGTH
                    + " characters or fewer");
        }
        secondFactors.requireFreshCode(user.id(), code);
        session.setAttribute(PERMIT, new Permit(user.id(), trimmed, clock.instant().plus(PERMIT_LIFETIME)));
    }

    /** The name of the passkey this session may add now, if it may add one. */
    public Optional<String> permitted(CurrentUser user, HttpSession session) {
        return permit(session, user.id()).map(Permit::name);
    }

    private Optional<Permit> permit(HttpSession session, UUID accountId) {
        return session != null && session.getAttribute(PERMIT) instanceof Permit permit
                && permit.accountId().equals(accountId) && clock.instant().isBefore(permit.until())
                ? Optional.of(permit) : Optional.empty();
    }

    /** The guard on Spring Security's registration end points. */
    OncePerRequestFilter guard() {
        return new Guard();
    }

    private final class Guard extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getServletPath();
            return !"POST".equals(request.getMethod())
                    || !(OPTIONS_PATH.equals(path) || REGISTER_PATH.equals(path));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            Optional<Permit> permit = authentication != null
                    && authentication.getPrincipal() instanceof WaypointPrincipal principal
                    ? permit(request.getSession(false), principal.user().id()) : Optional.empty();
            if (permit.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.getWriter().write("{\"error\":\"Name the passkey (and give a code from your authenticator"
                        + " app, if you have one) on your account page first\"}");
                return;
            }
            if (REGISTER_PATH.equals(request.getServletPath())) {
                HttpServletRequest named = named(request, permit.get().name());
                if (named == null) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                    return;
                }
                chain.doFilter(named, response);
                if (response.getStatus() < 300) {
                    request.getSession().removeAttribute(PERMIT);
                }
                return;
            }
            chain.doFilter(request, response);
        }

        /** The request with the passkey's name set to the one checked; null when the body is not a registration. */
        private HttpServletRequest named(HttpServletRequest request, String name) throws IOException {
            byte[] body = request.getInputStream().readNBytes(64 * 1024 + 1);
            if (body.length > 64 * 1024) {
                return null;
            }
            JsonNode tree;
            try {
                tree = json.readTree(body);
            } catch (RuntimeException notJson) {
                return null;
            }
            if (!(tree instanceof ObjectNode root) || !(root.get("publicKey") instanceof ObjectNode publicKey)) {
                return null;
            }
            publicKey.put("label", name);
            byte[] rewritten = json.writeValueAsBytes(root);
            return new HttpServletRequestWrapper(request) {
                @Override
                public ServletInputStream getInputStream() {
                    ByteArrayInputStream in = new ByteArrayInputStream(rewritten);
                    return new ServletInputStream() {
                        @Override
                        public int read() {
                            return in.read();
                        }

                        @Override
                        public int read(byte[] b, int off, int len) {
                            return in.read(b, off, len);
                        }

                        @Override
                        public boolean isFinished() {
                            return in.available() == 0;
                        }

                        @Override
                        public boolean isReady() {
                            return true;
                        }

                        @Override
                        public void setReadListener(ReadListener listener) {
                            throw new UnsupportedOperationException();
                        }
                    };
                }

                @Override
                public java.io.BufferedReader getReader() {
                    return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                            StandardCharsets.UTF_8));
                }

                @Override
                public int getContentLength() {
                    return rewritten.length;
                }

                @Override
                public long getContentLengthLong() {
                    return rewritten.length;
                }
            };
        }
    }
}
