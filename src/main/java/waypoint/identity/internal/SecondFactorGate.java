package waypoint.identity.internal;

import java.io.IOException;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second step of signing in (docs/adr/0014-second-factor-in-the-sign-in-flow.md). After the password, a person
 * with a second factor reaches no page but the code page until they type a code; a person whose role requires one
 * and who has none reaches no page but the set-up page. The session remembers whose second step is done.
 */
public class SecondFactorGate extends OncePerRequestFilter {

    /** The id of the account whose second step this session has passed (or did not need). */
    public static final String PASSED = "waypoint.secondFactor.passed";
    public static final String CODE_PAGE = "/sign-in/second-factor";
    public static final String SET_UP_PAGE = "/account/second-factor/set-up";
    private static final Set<String> ALWAYS_OPEN = Set.of("/sign-out", "/error", "/accessibility", "/favicon.ico");

    private final SecondFactors secondFactors;

    SecondFactorGate(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    /** Marks the session's second step as done for the account: after a code, a passkey, or setting one up. */
    public static void passed(HttpSession session, UUID accountId) {
        session.setAttribute(PASSED, accountId);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || ALWAYS_OPEN.contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (authentication == null || !(authentication.getPrincipal() instanceof WaypointPrincipal principal)
                || session == null) {
            chain.doFilter(request, response);
            return;
        }
        UUID id = principal.user().id();
        if (id.equals(session.getAttribute(PASSED))) {
            chain.doFilter(request, response);
            return;
        }
        String path = path(request);
        switch (secondFactors.needAfterPassword(id)) {
            case NOTHING -> {
                passed(session, id);
                chain.doFilter(request, response);
            }
            case CODE -> pass(CODE_PAGE, path, request, response, chain);
            case SET_UP -> pass(SET_UP_PAGE, path, request, response, chain);
            case PASSKEY -> {
                // a password alone is not enough: they sign in again, with their passkey
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/sign-in?use-passkey");
            }
        }
    }

    private static void pass(String onlyPage, String path, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws IOException, ServletException {
        if (path.equals(onlyPage)) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + onlyPage);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
