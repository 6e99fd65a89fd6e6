package waypoint.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import waypoint.identity.AccountStatus;
import waypoint.identity.Role;

/**
 * Matches the person the identity provider vouches for to a Waypoint account (docs/domain/sign-in.md, "Single
 * sign-on"): by an email address the provider has verified, to an active staff account. When nobody has the email,
 * an account is created only if the provider has turned that on, for the domains it listed ({@link FirstSingleSignOn});
 * otherwise administrators decide who has one and with which roles.
 */
class SingleSignOnUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /**
     * What the ID token's {@code amr} (RFC 8176) must name for the provider's sign-in to count as Waypoint's second
     * factor: several factors, a one-time password, or a hardware key.
     */
    static final Set<String> MULTI_FACTOR_METHODS = Set.of("mfa", "otp", "hwk");

    private final OidcUserService standard = new OidcUserService();
    private final UserAccountRepository accounts;
    private final FirstSingleSignOn firstSignOn;
    private final Clock clock;

    SingleSignOnUsers(UserAccountRepository accounts, FirstSingleSignOn firstSignOn, Clock clock) {
        this.accounts = accounts;
        this.firstSignOn = firstSignOn;
        this.clock = clock;
        // the signed ID token says all Waypoint needs (who, the email, whether verified, how they signed in)
        standard.setRetrieveUserInfo(request -> false);
    }

    /** The provider's person, with the Waypoint account they are. */
    static final class Matched extends DefaultOidcUser {

        private final UUID accountId;

        Matched(OidcUser user, UUID accountId) {
            super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
            this.accountId = accountId;
        }

        UUID accountId() {
            return accountId;
        }

        /** True when the provider says the person gave more than a password (RFC 8176 {@code amr}). */
        boolean multiFactor() {
            List<String> methods = getIdToken().getClaimAsStringList("amr");
            return methods != null && methods.stream().anyMatch(MULTI_FACTOR_METHODS::contains);
        }
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = standard.loadUser(request);
        String email = user.getEmail();
        if (email == null || email.isBlank()) {
            throw new SingleSignOnRefused(SingleSignOnRefused.Reason.NO_EMAIL, null, null);
        }
        email = UserAccount.normalise(email);
        if (!verified(user)) {
            throw new SingleSignOnRefused(SingleSignOnRefused.Reason.EMAIL_NOT_VERIFIED, email, null);
        }
        java.util.Optional<UserAccount> found = accounts.findByEmail(email);
        if (found.isEmpty()) {
            return new Matched(user, firstSignOn.createAccount(email, name(user, email)));
        }
        UserAccount account = found.get();
        if (account.roles().stream().noneMatch(Role::isStaff)) {
            throw new SingleSignOnRefused(SingleSignOnRefused.Reason.NOT_STAFF, email, account.getId());
        }
        if (account.status() == AccountStatus.DISABLED) {
            throw new SingleSignOnRefused(SingleSignOnRefused.Reason.DISABLED, email, account.getId());
        }
        if (account.status() != AccountStatus.ACTIVE) {
            throw new SingleSignOnRefused(SingleSignOnRefused.Reason.NOT_ACTIVE, email, account.getId());
        }
        if (account.isLocked(clock.instant())) {
            throw new SingleSignOnRefused(SingleSignOnRefused.Reason.LOCKED, email, account.getId());
        }
        return new Matched(user, account.getId());
    }

    /** The person's name as the ID token gives it: {@code name}, or given and family names, or else the email. */
    static String name(OidcUser user, String email) {
        String name = user.getFullName();
        if (name == null || name.isBlank()) {
            name = ((user.getGivenName() == null ? "" : user.getGivenName()) + " "
                    + (user.getFamilyName() == null ? "" : user.getFamilyName())).strip();
        }
        if (name.isBlank()) {
            name = email.substring(0, Math.max(0, email.indexOf('@')));
        }
        name = name.strip().replaceAll("\\s+", " ");
        return name.length() > 200 ? name.substring(0, 200).strip() : name;
    }

    /**
     * The standard {@code email_verified}; Microsoft Entra ID sends none for organisation accounts, but its optional
     * claim {@code xms_edov} (the email's domain is verified as the organisation's) says the same for them.
     */
    private static boolean verified(OidcUser user) {
        Object standardClaim = user.getClaims().get("email_verified");
        if (standardClaim != null) {
            return Boolean.TRUE.equals(user.getEmailVerified());
        }
        Object entra = user.getClaims().get("xms_edov");
        return Boolean.TRUE.equals(entra) || "true".equalsIgnoreCase(String.valueOf(entra));
    }
}
