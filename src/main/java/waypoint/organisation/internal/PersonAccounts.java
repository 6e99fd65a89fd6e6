package waypoint.organisation.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.identity.AccountSummary;
import waypoint.identity.EmailAlreadyInUseException;
import waypoint.identity.Invitations;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.shared.web.FieldValidationException;

/**
 * The sign-in accounts of the people organisation records describe (staff, employer contacts, learners). The
 * record's email and name are kept in step with the account's; an email another account uses is a field error.
 */
@Component
public class PersonAccounts {

    static final String EMAIL_IN_USE = "An account with this email address already exists: enter a different one";

    private final UserAccounts accounts;
    private final Invitations invitations;
    private final JdbcClient jdbc;

    PersonAccounts(UserAccounts accounts, Invitations invitations, JdbcClient jdbc) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.jdbc = jdbc;
    }

    /** Rejects the email field if another account (not {@code ownAccount}, which may be null) already uses it. */
    public void checkEmailFree(DetailsCheck check, String email, UUID ownAccount) {
        if (email != null && check.isFine("email")) {
            accounts.findByEmail(email).filter(other -> !other.id().equals(ownAccount))
                    .ifPresent(other -> check.reject("email", EMAIL_IN_USE));
        }
    }

    /** Opens an account and sends its owner an invitation to set a password. */
    public UUID openAndInvite(String email, String name, Set<Role> roles) {
        UUID id = open(email, name, roles);
        invitations.invite(id);
        return id;
    }

    /**
     * For records loaded by the system (demo data, imports): links the account that already has this email, if no
     * other record has it, or else opens one without sending an invitation.
     */
    public UUID openOrLink(String email, String name, Set<Role> roles) {
        Optional<AccountSummary> existing = accounts.findByEmail(email);
        if (existing.isEmpty()) {
            return open(email, name, roles);
        }
        UUID id = existing.get().id();
        if (isLinked(id)) {
            throw new FieldValidationException("email", EMAIL_IN_USE);
        }
        if (!existing.get().roles().containsAll(roles)) {
            accounts.changeRoles(id, roles);
        }
        return id;
    }

    public void changeDetails(UUID accountId, String email, String name) {
        try {
            accounts.changeDetails(accountId, email, name);
        } catch (EmailAlreadyInUseException e) {
            throw new FieldValidationException("email", EMAIL_IN_USE);
        }
    }

    public void changeRoles(UUID accountId, Set<Role> roles) {
        accounts.changeRoles(accountId, roles);
    }

    public void invite(UUID accountId) {
        invitations.invite(accountId);
    }

    private UUID open(String email, String name, Set<Role> roles) {
        try {
            return accounts.create(email, name, roles).id();
        } catch (EmailAlreadyInUseException e) {
            throw new FieldValidationException("email", EMAIL_IN_USE);
        }
    }

    private boolean isLinked(UUID accountId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM staff_member WHERE account_id = :id)
                    OR EXISTS (SELECT 1 FROM employer_contact WHERE account_id = :id)
                    OR EXISTS (SELECT 1 FROM learner WHERE account_id = :id)""")
                .param("id", accountId).query(Boolean.class).single();
    }
}
