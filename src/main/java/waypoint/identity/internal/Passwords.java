package waypoint.identity.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.AccountStatus;
import waypoint.identity.AccountSummary;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;

/**
 * Setting a password: from an invitation or reset link (anyone holding a good link), or a signed-in person changing
 * their own (who must give the current one first, so a session left open cannot be used to take the account over).
 */
@Service
public class Passwords {

    public static final String CURRENT_PASSWORD = "currentPassword";

    private final UserAccountRepository accounts;
    private final OneTimeLinks links;
    private final PasswordEncoder encoder;
    private final SignInAttempts attempts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Passwords(UserAccountRepository accounts, OneTimeLinks links, PasswordEncoder encoder, SignInAttempts attempts,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.encoder = encoder;
        this.attempts = attempts;
        this.events = events;
        this.clock = clock;
    }

    /** Whose password a link would set, if it is still good (a disabled account's links are not). */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> holderOfLink(String secret) {
        return links.peek(secret).flatMap(accounts::findById)
                .filter(account -> account.status() != AccountStatus.DISABLED)
                .map(UserAccount::summary);
    }

    /** Uses up the link and sets the password; a password that breaks the rules leaves the link good. */
    @Transactional
    public AccountSummary setWithLink(String secret, String password, String confirmation) {
        AccountSummary holder = holderOfLink(secret).orElseThrow(UnusableLinkException::new);
        PasswordRules.requireAcceptable(password, confirmation, holder.email());
        UUID id = links.redeem(secret).filter(holder.id()::equals).orElseThrow(UnusableLinkException::new);
        UserAccount account = accounts.findById(id).orElseThrow(UnusableLinkException::new);
        String before = account.status().name();
        account.setPassword(encoder.encode(password));
        accounts.save(account);
        events.publishEvent(RecordChanged.updated("Account", id, before, "password set from an emailed link"));
        return account.summary();
    }

    /**
     * Changes the signed-in person's own password (the form has checked that each part is given and the new one
     * follows the rules every password does). A wrong current password counts as a failed sign-in, so the form
     * cannot be used to guess it; that count must survive the refusal, hence no rollback for a field error.
     */
    @Transactional(noRollbackFor = FieldValidationException.class)
    public void changeOwn(CurrentUser user, String current, String password, String confirmation) {
        UserAccount account = accounts.findById(user.id()).orElseThrow(() -> new NotFoundException("Account"));
        if (account.isLocked(clock.instant())) {
            throw new FieldValidationException(CURRENT_PASSWORD, "Your account is locked after too many wrong "
                    + "passwords. Try again in " + attempts.policy().lockoutPeriod().toMinutes() + " minutes");
        }
        if (current == null || account.passwordHash() == null || !encoder.matches(current, account.passwordHash())) {
            attempts.failed(account.email());
            throw new FieldValidationException(CURRENT_PASSWORD, "Your current password is not correct");
        }
        PasswordRules.requireAcceptable(password, confirmation, account.email());
        account.setPassword(encoder.encode(password));
        accounts.save(account);
        events.publishEvent(RecordChanged.updated("Account", account.getId(), null, "password changed by its owner"));
    }
}
