package waypoint.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import waypoint.shared.operations.Metrics;

/** Counts the failure, keeps what was typed, and sends the person back to the form with the reason. */
@Component
public class SignInFailureHandler implements AuthenticationFailureHandler {

    public static final String TYPED_EMAIL = "waypoint.signIn.email";

    private final SignInAttempts attempts;
    private final UserAccountRepository accounts;
    private final java.time.Clock clock;
    private final Metrics metrics;

    SignInFailureHandler(SignInAttempts attempts, UserAccountRepository accounts, java.time.Clock clock,
            Metrics metrics) {
        this.attempts = attempts;
        this.accounts = accounts;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String email = request.getParameter("email") == null ? "" : request.getParameter("email").strip();
        request.getSession().setAttribute(TYPED_EMAIL, email);
        if (exception instanceof BadCredentialsException && !email.isEmpty()) {
            attempts.failed(email);
        }
        boolean locked = exception instanceof LockedException
                || accounts.findByEmail(email).map(a -> a.isLocked(clock.instant())).orElse(false);
        metrics.count(Metrics.SIGN_IN_FAILURES, "channel", "page", "reason", SignInAttempts.reason(exception, locked));
        response.sendRedirect(request.getContextPath() + (locked ? "/sign-in?locked" : "/sign-in?error"));
    }
}
