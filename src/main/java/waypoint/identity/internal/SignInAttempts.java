package waypoint.identity.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.identity.internal.UserAccount.LockoutPolicy;
import waypoint.shared.audit.RecordChanged;

/**
 * Counts failed sign-ins and locks an account for a while after too many, so a password cannot be guessed
 * by trying; a successful sign-in clears the count. Used by both the sign-in page and the API token endpoint.
 */
@Component
public class SignInAttempts {

    private static final int MAXIMUM_ATTEMPTS = 10;

    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LockoutPolicy policy;
    private final TransactionTemplate transactions;

    SignInAttempts(UserAccountRepository accounts, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactionManager,
            @Value("${waypoint.sign-in.maximum-failures:5}") int maximumFailures,
            @Value("${waypoint.sign-in.lockout-minutes:15}") int lockoutMinutes) {
        this.accounts = accounts;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
        this.policy = new LockoutPolicy(maximumFailures, Duration.ofMinutes(lockoutMinutes));
    }

    /** Why a sign-in was refused, as the sign-in failure counter tags it. */
    public static String reason(org.springframework.security.core.AuthenticationException refused, boolean locked) {
        if (locked || refused instanceof org.springframework.security.authentication.LockedException) {
            return "locked";
        }
        return refused instanceof org.springframework.security.authentication.BadCredentialsException
                ? "bad_credentials" : "other";
    }

    public LockoutPolicy policy() {
        return policy;
    }

    public void failed(String email) {
        failed(email, null);
    }

    /**
     * A failure with its reason for the audit trail ("wrong authenticator code"), never what was typed; answers
     * whether it was counted (and audited): not when no account has the email, nor when the account is already
     * locked.
     */
    public boolean failed(String email, String reason) {
        java.util.concurrent.atomic.AtomicBoolean counted = new java.util.concurrent.atomic.AtomicBoolean();
        retryingOnConflict(() -> accounts.findByEmail(email).ifPresent(account -> {
            counted.set(false);
            if (account.isLocked(clock.instant())) {
                return;
            }
            counted.set(true);
            boolean locked = account.recordFailedSignIn(policy, clock.instant());
            accounts.save(account);
            String id = account.getId().toString();
            events.publishEvent(new RecordChanged("Account", id, RecordChanged.Action.SIGN_IN_FAILED, null, reason));
            if (locked) {
                events.publishEvent(new RecordChanged("Account", id, RecordChanged.Action.LOCKED, null,
                        "locked until " + account.lockedUntil()));
            }
        }));
        return counted.get();
    }

    public void succeeded(String email) {
        succeeded(email, null);
    }

    /** A success with how the person signed in, for the audit trail ("single sign-on"). */
    public void succeeded(String email, String how) {
        retryingOnConflict(() -> accounts.findByEmail(email).ifPresent(account -> {
            if (account.recordSuccessfulSignIn()) {
                accounts.save(account);
            }
            events.publishEvent(new RecordChanged("Account", account.getId().toString(),
                    RecordChanged.Action.SIGNED_IN, null, how));
        }));
    }

    /**
     * Scripts sign in to the API in parallel, and an attacker guesses in parallel: two updates of one account's count
     * then meet on its version. The loser reads the account again and counts once more, rather than failing with a
     * server error (and, for failures, rather than losing a count).
     */
    private void retryingOnConflict(Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> work.run());
                return;
            } catch (OptimisticLockingFailureException conflict) {
                if (attempt == MAXIMUM_ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }
}
