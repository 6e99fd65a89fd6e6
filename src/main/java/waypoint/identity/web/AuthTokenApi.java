package waypoint.identity.web;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import waypoint.identity.internal.ApiTokens;
import waypoint.identity.internal.SecondFactors;
import waypoint.shared.web.FieldValidationException;
import waypoint.identity.internal.SignInAttempts;
import waypoint.identity.internal.WaypointPrincipal;
import waypoint.shared.operations.Metrics;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthTokenApi {

    private final AuthenticationManager authenticationManager;
    private final SignInAttempts attempts;
    private final ApiTokens tokens;
    private final Metrics metrics;
    private final SecondFactors secondFactors;

    AuthTokenApi(AuthenticationManager authenticationManager, SignInAttempts attempts, ApiTokens tokens,
            Metrics metrics, SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
        this.authenticationManager = authenticationManager;
        this.attempts = attempts;
        this.tokens = tokens;
        this.metrics = metrics;
    }

    record TokenRequest(@NotBlank(message = "Enter an email address") String email,
            @NotBlank(message = "Enter a password") String password,
            @io.swagger.v3.oas.annotations.media.Schema(description = "The code the account's authenticator app shows now "
                    + "(or a recovery code): needed when the account has a second factor") String code) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    @PostMapping("/token")
    @Operation(summary = "Exchange an email and password for a bearer token",
            description = "Failed attempts count towards the same lockout as the sign-in page.")
    TokenResponse token(@Valid @RequestBody TokenRequest request) {
        Authentication authentication;
        try {
            authentication = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(request.email(), request.password()));
        } catch (BadCredentialsException e) {
            attempts.failed(request.email());
            throw e;
        }
        WaypointPrincipal principal = (WaypointPrincipal) authentication.getPrincipal();
        java.util.UUID id = principal.user().id();
        switch (secondFactors.needAfterPassword(id)) {
            case CODE -> {
                try {
                    secondFactors.requireFreshCode(id, request.code());
                } catch (FieldValidationException e) {
                    throw new SecondFactorRefused(e.errors().values().iterator().next()
                            + (request.code() == null || request.code().isBlank() ? " in the field 'code'." : "."));
                }
            }
            case SET_UP -> throw new SecondFactorRefused("Your role needs a second factor: sign in to Waypoint's pages "
                    + "and set up an authenticator app first.");
            case PASSKEY -> throw new SecondFactorRefused("Your role needs a second factor, and a passkey cannot be "
                    + "used here: set up an authenticator app on your account page first.");
            case NOTHING -> {
            }
        }
        attempts.succeeded(request.email());
        ApiTokens.IssuedToken issued = tokens.issue(principal.user().id(), "API sign-in");
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    /** The password was right but the second factor was missing, wrong or used before. */
    static final class SecondFactorRefused extends RuntimeException {
        SecondFactorRefused(String message) {
            super(message);
        }
    }

    @ExceptionHandler(SecondFactorRefused.class)
    ProblemDetail secondFactor(SecondFactorRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, refused.getMessage());
        problem.setTitle("Second factor needed");
        return problem;
    }

    @ExceptionHandler(LockedException.class)
    ProblemDetail locked() {
        metrics.count(Metrics.SIGN_IN_FAILURES, "channel", "api", "reason", "locked");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "This account is locked after " + attempts.policy().maximumFailures() + " failed sign-in attempts. Try again in "
                        + attempts.policy().lockoutPeriod().toMinutes() + " minutes, or ask an administrator to unlock it.");
        problem.setTitle("Account locked");
        return problem;
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail refused(AuthenticationException refused) {
        metrics.count(Metrics.SIGN_IN_FAILURES, "channel", "api", "reason", SignInAttempts.reason(refused, false));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "The email address or password is not correct.");
        problem.setTitle("Sign-in failed");
        return problem;
    }
}
