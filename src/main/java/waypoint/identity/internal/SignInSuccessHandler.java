package waypoint.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** Clears the failure count, then goes where the person was heading (or home). */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final SignInAttempts attempts;
    private final AccountSessions sessions;

    SignInSuccessHandler(SignInAttempts attempts, AccountSessions sessions) {
        this.attempts = attempts;
        this.sessions = sessions;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        attempts.succeeded(authentication.getName());
        request.getSession().removeAttribute(SignInFailureHandler.TYPED_EMAIL);
        // a new sign-in starts its second step afresh, whoever used this browser before
        request.getSession().removeAttribute(SecondFactorGate.PASSED);
        sessions.began(request);
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
