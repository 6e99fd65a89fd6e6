package waypoint.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.identity.CurrentUser;
import waypoint.identity.SecondFactorsReset;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.operations.Metrics;
import waypoint.shared.web.FieldValidationException;

/**
 * Setting up, using and resetting second factors (docs/domain/sign-in.md). Every code typed goes through
 * {@link SecondFactor}; a wrong or replayed code counts towards the same lockout as a wrong password and is audited.
 */
@Service
public class SecondFactors {

    public static final String CODE = "code";

    private final SecondFactorStore store;
    private final UserAccountRepository accounts;
    private final SignInAttempts attempts;
    private final SignInSettings settings;
    private final AccountPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Metrics metrics;
    private final TransactionTemplate transactions;
    private final Passkeys passkeys;

    SecondFactors(SecondFactorStore store, UserAccountRepository accounts, SignInAttempts attempts,
            SignInSettings settings, AccountPolicy policy, ApplicationEventPublisher events, Clock clock,
            Metrics metrics, PlatformTransactionManager transactionManager, Passkeys passkeys) {
        this.passkeys = passkeys;
        this.store = store;
        this.accounts = accounts;
        this.attempts = attempts;
        this.settings = settings;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.metrics = metrics;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What a signed-in person must do about a second factor before using Waypoint. */
    public enum Need {
        /** They have one: they must type a code (or use a passkey) before going on. */
        CODE,
        /** Their role requires one and they have none: they must set one up before going on. */
        SET_UP,
        /**
         * Their role requires one, they have no authenticator app but have a passkey: the password alone is not
         * enough, they sign in with the passkey instead (docs/domain/sign-in.md, passkeys).
         */
        PASSKEY,
        /** Neither. */
        NOTHING
    }

    public Need needAfterPassword(UUID accountId) {
        if (store.exists(accountId)) {
            return Need.CODE;
        }
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account"));
        if (!settings.needsSecondFactor(account.roles())) {
            return Need.NOTHING;
        }
        return passkeys.anyFor(account.email()) ? Need.PASSKEY : Need.SET_UP;
    }

    public boolean has(UUID accountId) {
        return store.exists(accountId);
    }

    /** What an administrator sees of a person's second factors: an authenticator app, passkeys, both or none. */
    public String describe(UUID accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account"));
        boolean app = store.exists(accountId);
        boolean keys = passkeys.anyFor(account.email());
        return app && keys ? "Authenticator app and passkeys" : app ? "Authenticator app" : keys ? "Passkeys" : "None";
    }

    public Optional<Integer> unusedRecoveryCodes(UUID accountId) {
        return store.find(accountId).map(SecondFactor::unusedRecoveryCodes);
    }

    /**
     * Confirms an authenticator app with the key it was shown and the code it makes; returns the recovery codes to
     * show once.
     */
    @Transactional
    public List<String> confirmAuthenticatorApp(CurrentUser user, String secret, String code) {
        if (code == null || code.isBlank()) {
            throw new FieldValidationException(CODE, "Enter the 6-digit code from your authenticator app");
        }
        SecondFactor.Confirmed confirmed = SecondFactor.confirm(user.id(), secret, code, clock.instant())
                .orElseThrow(() -> new FieldValidationException(CODE,
                        "The code is not correct: enter the code your authenticator app shows now"));
        store.save(confirmed.factor());
        events.publishEvent(RecordChanged.created("SecondFactor", user.id(),
                "authenticator app and " + SecondFactor.RECOVERY_CODES + " recovery codes"));
        return confirmed.recoveryCodes();
    }

    /** The result of checking a code at sign-in, and whether the account is now locked by too many failures. */
    public record Outcome(SecondFactor.Check check, boolean locked) {
        public boolean passed() {
            return check == SecondFactor.Check.ACCEPTED || check == SecondFactor.Check.RECOVERY_CODE_USED;
        }
    }

    /**
     * Checks the code typed after the password. A wrong or replayed code counts as a failed sign-in (towards the
     * lockout) and is audited; a locked account is refused whatever is typed.
     */
    public Outcome verify(UUID accountId, String code) {
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account"));
        if (account.isLocked(clock.instant())) {
            return new Outcome(SecondFactor.Check.WRONG, true);
        }
        SecondFactor.Check check = checkAndSave(accountId, code);
        switch (check) {
            case ACCEPTED -> events.publishEvent(new RecordChanged("Account", accountId.toString(),
                    RecordChanged.Action.SIGNED_IN, null, "second factor: authenticator app"));
            case RECOVERY_CODE_USED -> events.publishEvent(new RecordChanged("Account", accountId.toString(),
                    RecordChanged.Action.SIGNED_IN, null, "second factor: a recovery code, now used up"));
            case REPLAYED, WRONG -> {
                attempts.failed(account.email(), check == SecondFactor.Check.REPLAYED
                        ? "authenticator code already used" : "wrong authenticator or recovery code");
                metrics.count(Metrics.SIGN_IN_FAILURES, "channel", "page", "reason", "second_factor");
            }
        }
        boolean locked = accounts.findById(accountId).map(a -> a.isLocked(clock.instant())).orElse(false);
        return new Outcome(check, locked);
    }

    /** Two tabs typing codes at once meet on the version: the loser reads the factor again (a replay, then). */
    private SecondFactor.Check checkAndSave(UUID accountId, String code) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> {
                    SecondFactor factor = store.find(accountId).orElse(null);
                    if (factor == null) {
                        return SecondFactor.Check.WRONG;
                    }
                    SecondFactor.Check check = factor.verify(code, clock.instant());
                    if (check == SecondFactor.Check.ACCEPTED || check == SecondFactor.Check.RECOVERY_CODE_USED) {
                        store.save(factor);
                    }
                    return check;
                });
            } catch (OptimisticLockingFailureException conflict) {
                if (attempt == 5) {
                    throw conflict;
                }
            }
        }
    }

    /**
     * A fresh code for something sensitive (creating an API token) where the account has a factor. Nothing to check
     * when it has none.
     */
    public void requireFreshCode(UUID accountId, String code) {
        if (!store.exists(accountId)) {
            return;
        }
        if (code == null || code.isBlank()) {
            throw new FieldValidationException(CODE,
                    "Enter the code from your authenticator app (or a recovery code)");
        }
        Outcome outcome = verify(accountId, code);
        if (outcome.check() == SecondFactor.Check.REPLAYED) {
            throw new FieldValidationException(CODE,
                    "That code has already been used: wait for your authenticator app to show a new one");
        }
        if (!outcome.passed()) {
            throw new FieldValidationException(CODE, outcome.locked()
                    ? "Your account is locked after too many failed attempts: ask an administrator to unlock it"
                    : "The code is not correct: enter the code your authenticator app shows now");
        }
    }

    /** An administrator removes a person's second factors (a lost phone); audited, and the person is emailed. */
    @Transactional
    public void reset(CurrentUser administrator, UUID accountId) {
        policy.requireAdministrator(administrator);
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account"));
        boolean app = store.delete(accountId);
        int removedPasskeys = passkeys.removeAll(account.email());
        if (!app && removedPasskeys == 0) {
            throw new AccountStateException("This account has no second factor to reset");
        }
        String removed = (app ? "authenticator app and recovery codes" : "")
                + (app && removedPasskeys > 0 ? ", " : "")
                + (removedPasskeys > 0 ? removedPasskeys + (removedPasskeys == 1 ? " passkey" : " passkeys") : "");
        events.publishEvent(RecordChanged.deleted("SecondFactor", accountId,
                removed + ", reset by " + administrator.email()));
        events.publishEvent(new SecondFactorsReset(accountId, account.email(), account.displayName(),
                administrator.displayName(), clock.instant()));
    }
}
