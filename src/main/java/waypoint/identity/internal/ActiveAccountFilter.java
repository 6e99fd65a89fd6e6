package waypoint.identity.internal;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import waypoint.identity.AccountStatus;

/**
 * Ends a signed-in session as soon as its account is disabled: an administrator's "disable" must not wait for the
 * session to time out. One lookup by primary key per page request; static files are not checked.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    private final JdbcClient jdbc;

    ActiveAccountFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof WaypointPrincipal principal
                && !isActive(principal.user().id())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean isActive(UUID id) {
        return jdbc.sql("SELECT status FROM user_account WHERE id = :id").param("id", id).query(String.class)
                .optional().map(AccountStatus.ACTIVE.name()::equals).orElse(false);
    }
}
