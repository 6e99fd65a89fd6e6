package waypoint.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.internal.AccountPolicy;
import waypoint.identity.internal.ExternalGrants;
import waypoint.shared.NotFoundException;

/**
 * Read-only, time-limited access for people outside the provider (docs/domain/external-access.md). Administrators
 * grant it (which makes the person an account with the external role and invites them by email, or adds the grant to
 * the external account they already have), list the grants and end one at any time; other modules ask
 * {@link #openGrantsOf} what an external person may see today: the union of their grants in force.
 */
@Service
public class ExternalAccess {

    private final ExternalGrants grants;
    private final Invitations invitations;
    private final AccountPolicy policy;
    private final Clock clock;

    ExternalAccess(ExternalGrants grants, Invitations invitations, AccountPolicy policy, Clock clock) {
        this.grants = grants;
        this.invitations = invitations;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * A grant given: whether it was added to the external account the person already had, and whether an invitation
     * to set a password was sent (for a new account, or one whose holder never set a password; never to an account
     * in use).
     */
    public record Given(ExternalGrant grant, boolean addedToExistingAccount, boolean invitationSent) {
    }

    /**
     * Grants access: a person new to Waypoint gets an account holding only the external role and an invitation by
     * email; someone who already has an external account gets the grant added to it.
     */
    @Transactional
    public Given grant(CurrentUser administrator, NewExternalGrant request) {
        requireAdministrator(administrator);
        ExternalGrants.Given given = grants.grant(request, today(), null, administrator, clock.instant());
        boolean invite = given.newAccount() || given.accountStatus() == AccountStatus.INVITED;
        if (invite) {
            invitations.invite(given.grant().accountId());
        }
        return new Given(given.grant(), !given.newAccount(), invite);
    }

    /**
     * Checks a request as {@link #grant} will, without granting anything: every part missing or not in form at once,
     * by field; then the first of the grant's rules it breaks.
     */
    public void check(NewExternalGrant request) {
        grants.check(request, today());
    }

    /**
     * For demo data and tests only: a grant an administrator made on an earlier day, for an account that already has
     * a password (so the demo's login works at once).
     */
    @Transactional
    public ExternalGrant recordForTheDemo(CurrentUser grantedBy, NewExternalGrant request, LocalDate grantedOn,
            String password) {
        return grants.grant(request, grantedOn, password, grantedBy,
                grantedOn.atTime(9, 0).atZone(clock.getZone()).toInstant()).grant();
    }

    /** Ends a grant now, whatever its end date; its holder can open nothing from the next page on. */
    @Transactional
    public ExternalGrant end(CurrentUser administrator, UUID grantId) {
        requireAdministrator(administrator);
        return grants.end(grantId, administrator, clock.instant());
    }

    /** The grants newest first, {@code size} from {@code offset}. */
    @Transactional(readOnly = true)
    public List<ExternalGrant> newest(CurrentUser administrator, int offset, int size) {
        requireAdministrator(administrator);
        return grants.newest(Math.max(0, offset), size, today());
    }

    @Transactional(readOnly = true)
    public long count(CurrentUser administrator) {
        requireAdministrator(administrator);
        return grants.count();
    }

    @Transactional(readOnly = true)
    public ExternalGrant find(CurrentUser administrator, UUID grantId) {
        requireAdministrator(administrator);
        return grants.find(grantId, today()).orElseThrow(() -> new NotFoundException("External access"));
    }

    /** Every grant one person holds, for an administrator (the grant's page lists them all). */
    @Transactional(readOnly = true)
    public List<ExternalGrant> grantsOf(CurrentUser administrator, UUID accountId) {
        requireAdministrator(administrator);
        return grantsOf(accountId);
    }

    /**
     * The grants of an external account in force today: what they may see is the union of these. Empty for anyone
     * else, and once every grant has ended or while none has started.
     */
    @Transactional(readOnly = true)
    public List<ExternalGrant> openGrantsOf(UUID accountId) {
        return grantsOf(accountId).stream().filter(ExternalGrant::isOpen).toList();
    }

    /** Every grant of an account in whatever state it is today, the latest first day first. */
    @Transactional(readOnly = true)
    public List<ExternalGrant> grantsOf(UUID accountId) {
        return grants.ofAccount(accountId, today());
    }

    public boolean canAdminister(CurrentUser user) {
        return policy.canAdminister(user);
    }

    private void requireAdministrator(CurrentUser user) {
        if (!policy.canAdminister(user)) {
            throw new AccessDeniedException("Only an administrator may give or end access for people outside the"
                    + " provider");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
