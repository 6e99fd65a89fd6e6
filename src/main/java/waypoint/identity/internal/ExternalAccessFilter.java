package waypoint.identity.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import waypoint.identity.ExternalAccess;
import waypoint.identity.ExternalGrant;
import waypoint.identity.Role;
import waypoint.shared.audit.SensitiveRecordViewed;
import waypoint.shared.time.GovUkDates;

/**
 * What holds for people outside the provider on every request, pages and API alike (docs/domain/external-access.md):
 * when none of their grants is in force (each before its first day, after its last, or ended early), they are signed
 * out and told so; they change nothing (every write but signing in and out and setting up their own second factor is
 * refused); and every page or API read is written to the audit trail. Which records they may read is the apprenticeship access rule's, not this filter's.
 */
class ExternalAccessFilter extends OncePerRequestFilter {

    /** The page that tells them their access has ended or not yet begun; open to everyone. */
    static final String ENDED_PAGE = "/access-ended";
    /** The record type of an external person's view in the audit trail. */
    static final String VIEW = "External view";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> WRITES_ALLOWED = Set.of("/sign-out", "/sign-in", SecondFactorGate.CODE_PAGE,
            "/api/v1/auth/token", "/login/webauthn");
    private static final Set<String> WRITE_PREFIXES_ALLOWED = Set.of("/account/second-factor/", "/webauthn/");

    private final ExternalAccess access;
    private final ApplicationEventPublisher events;
    private final java.time.ZoneId zone;
    private final boolean api;

    ExternalAccessFilter(ExternalAccess access, ApplicationEventPublisher events, java.time.ZoneId zone, boolean api) {
        this.access = access;
        this.events = events;
        this.zone = zone;
        this.api = api;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.equals("/favicon.ico") || path.equals(ENDED_PAGE) || path.equals("/sign-out")
                || path.equals("/error");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof WaypointPrincipal principal)
                || !principal.user().has(Role.EXTERNAL)) {
            chain.doFilter(request, response);
            return;
        }
        List<ExternalGrant> grants = access.grantsOf(principal.user().id());
        if (grants.stream().noneMatch(ExternalGrant::isOpen)) {
            refuseOutsideTheGrants(grants, request, response);
            return;
        }
        String path = path(request);
        if (!READS.contains(request.getMethod()) && !WRITES_ALLOWED.contains(path)
                && WRITE_PREFIXES_ALLOWED.stream().noneMatch(path::startsWith)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN,
                    "Your access is to read only: you cannot change anything in Waypoint.");
            return;
        }
        chain.doFilter(request, response);
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            events.publishEvent(new SensitiveRecordViewed(VIEW, cut(path),
                    (api ? "API " : "page ") + path + (query == null ? "" : "?" + query) + " (" + response.getStatus()
                            + ")"));
        }
    }

    /**
     * None of their grants is in force: told when the next one begins if one is still to come, else when the last one
     * ended.
     */
    private void refuseOutsideTheGrants(List<ExternalGrant> grants, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Optional<LocalDate> begins = grants.stream().filter(g -> g.state() == ExternalGrant.State.NOT_STARTED)
                .map(ExternalGrant::startsOn).min(Comparator.naturalOrder());
        Optional<LocalDate> lastDay = grants.stream().map(g -> g.lastDay(zone)).max(Comparator.naturalOrder());
        if (api) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, begins.isPresent()
                    ? "Your access begins on " + GovUkDates.date(begins.get()) + "."
                    : "Your access has ended" + lastDay.map(d -> " (its last day was " + GovUkDates.date(d) + ")")
                            .orElse("") + ". Ask the provider if you need it again.");
            return;
        }
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + ENDED_PAGE + begins.map(d -> "?begins=" + d).orElse(""));
    }

    private void refuse(HttpServletResponse response, int status, String detail) throws IOException {
        if (api) {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\"}");
        } else {
            response.sendError(status, detail);
        }
    }

    private static String cut(String path) {
        return path.length() <= 100 ? path : path.substring(0, 99) + "…";
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
