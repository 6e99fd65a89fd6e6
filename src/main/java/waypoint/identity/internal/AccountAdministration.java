package waypoint.identity.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.AccountStatus;
import waypoint.identity.AccountSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.Invitations;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.PageOf;

/**
 * What an administrator does with other people's accounts: find them, see their state, unlock them, send an
 * invitation again, and disable or enable them. Every method asks the {@link AccountPolicy} first.
 */
@Service
public class AccountAdministration {

    private final AccountPolicy policy;
    private final AccountSearch search;
    private final UserAccountRepository accounts;
    private final Invitations invitations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(AccountPolicy policy, AccountSearch search, UserAccountRepository accounts,
            Invitations invitations, ApplicationEventPublisher events, Clock clock) {
        this.policy = policy;
        this.search = search;
        this.accounts = accounts;
        this.invitations = invitations;
        this.events = events;
        this.clock = clock;
    }

    /** Accounts whose name or email contains the text, in the given state ("all", "invited", "locked"...). */
    @Transactional(readOnly = true)
    public PageOf<AccountSummary> find(CurrentUser user, String text, String state, int page) {
        policy.requireAdministrator(user);
        return search.find(text, filter(state), page, clock.instant());
    }

    /**
     * Which of these accounts were created by their owner's first single sign-on (docs/domain/sign-in.md, "Accounts
     * on first single sign-on"), for the list to mark them.
     */
    @Transactional(readOnly = true)
    public java.util.Set<UUID> createdOnFirstSignOn(CurrentUser user, PageOf<AccountSummary> page) {
        policy.requireAdministrator(user);
        return search.createdOnFirstSignOn(page.items().stream().map(AccountSummary::id).toList());
    }

    @Transactional(readOnly = true)
    public AccountSummary view(CurrentUser user, UUID id) {
        policy.requireAdministrator(user);
        return load(id).summary();
    }

    @Transactional
    public AccountSummary unlock(CurrentUser user, UUID id) {
        policy.requireAdministrator(user);
        UserAccount account = load(id);
        String before = account.lockedUntil() == null ? "not locked" : "locked until " + account.lockedUntil();
        account.unlock();
        accounts.save(account);
        events.publishEvent(new RecordChanged("Account", id.toString(), RecordChanged.Action.UNLOCKED, before,
                "unlocked by an administrator"));
        return account.summary();
    }

    /** Sends a new invitation link to someone who has not yet set a password; the old link stops working. */
    @Transactional
    public void resendInvitation(CurrentUser user, UUID id) {
        policy.requireAdministrator(user);
        UserAccount account = load(id);
        if (account.status() != AccountStatus.INVITED) {
            throw new AccountStateException(account.status() == AccountStatus.ACTIVE
                    ? "This person has already set a password: they can reset it from the sign-in page"
                    : "Enable this account before sending an invitation");
        }
        invitations.invite(id);
        events.publishEvent(RecordChanged.updated("Account", id, null, "invitation sent again"));
    }

    @Transactional
    public AccountSummary disable(CurrentUser user, UUID id) {
        policy.requireAdministrator(user);
        if (!policy.canDisable(user, id)) {
            throw new AccountStateException("You cannot disable your own account");
        }
        return changeStatus(load(id), UserAccount::disable);
    }

    @Transactional
    public AccountSummary enable(CurrentUser user, UUID id) {
        policy.requireAdministrator(user);
        return changeStatus(load(id), UserAccount::enable);
    }

    private AccountSummary changeStatus(UserAccount account, java.util.function.Consumer<UserAccount> change) {
        AccountStatus before = account.status();
        change.accept(account);
        accounts.save(account);
        if (before != account.status()) {
            events.publishEvent(RecordChanged.updated("Account", account.getId(), before.name(), account.status().name()));
        }
        return account.summary();
    }

    private UserAccount load(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("Account"));
    }

    private static AccountSearch.Filter filter(String state) {
        if (state == null || state.isBlank()) {
            return AccountSearch.Filter.ALL;
        }
        try {
            return AccountSearch.Filter.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return AccountSearch.Filter.ALL;
        }
    }
}
