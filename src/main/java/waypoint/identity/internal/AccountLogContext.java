package waypoint.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import waypoint.shared.operations.RequestLogContext;

/**
 * Once the security filters know who is asking (a page session or an API token), every further line logged for the
 * request carries the account's id: never its email address or name, which are personal data. The request's log
 * context ({@link RequestLogContext}) clears it when the request ends.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class AccountLogContext extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof WaypointPrincipal principal) {
            MDC.put(RequestLogContext.ACCOUNT_ID, principal.user().id().toString());
        }
        chain.doFilter(request, response);
    }
}
