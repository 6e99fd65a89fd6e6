package waypoint.identity;

import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.internal.OneTimeLinks;
import waypoint.identity.internal.OneTimeLinks.Purpose;
import waypoint.identity.internal.UserAccount;
import waypoint.identity.internal.UserAccountRepository;
import waypoint.shared.NotFoundException;

/**
 * Invites people to set a password (a one-time link by email, valid for {@link #INVITATION_LIFETIME}) and lets
 * anyone who forgot theirs reset it (valid for {@link #RESET_LIFETIME}).
 */
@Service
public class Invitations {

    public static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
    public static final Duration RESET_LIFETIME = Duration.ofHours(1);

    private final UserAccountRepository accounts;
    private final OneTimeLinks links;
    private final ApplicationEventPublisher events;
    private final String baseUrl;

    Invitations(UserAccountRepository accounts, OneTimeLinks links, ApplicationEventPublisher events,
            @Value("${waypoint.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.links = links;
        this.events = events;
        this.baseUrl = baseUrl;
    }

    /** Sends (or sends again) an invitation; an earlier invitation's link stops working. */
    @Transactional
    public void invite(UUID accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account"));
        OneTimeLinks.Issued issued = links.issue(accountId, Purpose.INVITATION, INVITATION_LIFETIME);
        events.publishEvent(new InvitationIssued(accountId, account.email(), account.displayName(),
                baseUrl + "/account/set-password?token=" + issued.secret(), issued.expiresAt()));
    }

    /**
     * Starts a password reset. An unknown or disabled email does nothing, and the caller says the same thing
     * either way, so the form cannot be used to find out who has an account.
     */
    @Transactional
    public void requestPasswordReset(String email) {
        accounts.findByEmail(email).filter(a -> a.status() != AccountStatus.DISABLED).ifPresent(account -> {
            OneTimeLinks.Issued issued = links.issue(account.getId(), Purpose.PASSWORD_RESET, RESET_LIFETIME);
            events.publishEvent(new PasswordResetRequested(account.getId(), account.email(), account.displayName(),
                    baseUrl + "/account/reset-password/new?token=" + issued.secret(), issued.expiresAt()));
        });
    }
}
