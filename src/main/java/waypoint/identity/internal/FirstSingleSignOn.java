package waypoint.identity.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.identity.StaffForFirstSignOn;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;

/**
 * Creates the staff account of someone the identity provider vouched for who has none, when the provider has turned
 * that on (docs/domain/sign-in.md, "Accounts on first single sign-on"): only for a verified email (checked before
 * this is asked) whose domain is one the provider listed, with the role it chose. The staff record and its account
 * are opened by the module that keeps staff records ({@link StaffForFirstSignOn}), as any staff record is; the account
 * is then set up by this sign-in, in the same transaction, and the creation audited. Anything else is refused as a
 * single sign-on with no account always was.
 */
@Component
class FirstSingleSignOn {

    private final SignInSettings settings;
    private final ObjectProvider<StaffForFirstSignOn> staff;
    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;

    FirstSingleSignOn(SignInSettings settings, ObjectProvider<StaffForFirstSignOn> staff,
            UserAccountRepository accounts, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.settings = settings;
        this.staff = staff;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * The new account's id, for a verified {@code email} (normalised) no account has; or refused: the setting is
     * off, the email's domain is not listed, or the staff record could not be opened with what the provider said.
     */
    UUID createAccount(String email, String name) {
        FirstSignOnAccounts setting = settings.firstSignOnAccounts();
        StaffForFirstSignOn records = staff.getIfAvailable();
        if (!setting.on() || records == null) {
            throw new SingleSignOnRefused(SingleSignOnRefused.Reason.NO_ACCOUNT, email, null);
        }
        if (!setting.allows(email)) {
            throw new SingleSignOnRefused(SingleSignOnRefused.Reason.DOMAIN_NOT_ALLOWED, email, null);
        }
        try {
            return transactions.execute(status -> {
                UUID id = records.openStaffRecord(email, name, setting.role());
                UserAccount account = accounts.findById(id).orElseThrow();
                account.setUpByFirstSingleSignOn(clock.instant());
                accounts.save(account);
                events.publishEvent(new RecordChanged("Account", id.toString(), RecordChanged.Action.CREATED, null,
                        "account created on first single sign-on: " + setting.role().label() + ", email domain "
                                + FirstSignOnAccounts.domainOf(email)));
                return id;
            });
        } catch (FieldValidationException | DataIntegrityViolationException | IllegalStateException refused) {
            // a detail the staff record refuses, or someone else's first sign-in with the same email just now
            throw new SingleSignOnRefused(SingleSignOnRefused.Reason.STAFF_RECORD_REFUSED, email, null);
        }
    }
}
