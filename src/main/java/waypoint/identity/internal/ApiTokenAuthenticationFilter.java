package waypoint.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs an API request in from its {@code Authorization: Bearer ...} header. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final WaypointUserDetailsService users;

    ApiTokenAuthenticationFilter(ApiTokens tokens, WaypointUserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.authenticate(header.substring(7).strip()).ifPresent(userId -> {
                try {
                    WaypointPrincipal principal = users.loadById(userId);
                    if (principal.isEnabled() && principal.isAccountNonLocked()) {
                        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                                principal.getAuthorities());
                        SecurityContextHolder.getContext().setAuthentication(authentication);
                    }
                } catch (UsernameNotFoundException gone) {
                    // the account was removed: the request stays anonymous
                }
            });
        }
        chain.doFilter(request, response);
    }
}
