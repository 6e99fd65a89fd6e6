package waypoint.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

import waypoint.identity.AccountSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.shared.operations.Metrics;
import waypoint.support.WaypointTest;

/**
 * Whose a passkey is, once Spring Security has checked its signature: the same principal a password gives, and
 * nobody for a disabled account.
 */
@WaypointTest
class PasskeyOwnersTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    AccountAdministration administration;
    @Autowired
    WaypointUserDetailsService users;
    @Autowired
    SignInAttempts attempts;
    @Autowired
    AccountSessions sessions;
    @Autowired
    Passkeys passkeys;
    @Autowired
    Metrics metrics;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    Clock clock;

    @Test
    void a_checked_passkey_signs_its_owner_in_as_the_same_principal_a_password_gives() {
        AccountSummary person = person("passkeyowner", Role.LEARNER);
        Authentication signedIn = signIn(person.email()).authenticationManager()
                .authenticate(new WebAuthnAuthenticationRequestToken(mock(RelyingPartyAuthenticationRequest.class)));
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(((WaypointPrincipal) signedIn.getPrincipal()).user().id()).isEqualTo(person.id());
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly(Role.LEARNER.authority());
    }

    @Test
    void a_disabled_account_is_refused_even_with_a_good_passkey() {
        AccountSummary person = person("passkeydisabled", Role.LEARNER);
        AccountSummary admin = person("passkeyadmin", Role.ADMINISTRATOR);
        administration.disable(new CurrentUser(admin.id(), admin.email(), admin.displayName(), admin.roles()),
                person.id());
        assertThatThrownBy(() -> signIn(person.email()).authenticationManager()
                .authenticate(new WebAuthnAuthenticationRequestToken(mock(RelyingPartyAuthenticationRequest.class))))
                .isInstanceOf(DisabledException.class);
    }

    private AccountSummary person(String who, Role role) {
        return accounts.createWithPassword(who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test",
                "Passkey Tester", Set.of(role), "a sufficiently long password");
    }

    /** Passkey sign-in where the relying party (Spring Security's check of the signature) vouches for this owner. */
    private PasskeySignIn signIn(String owner) {
        return new PasskeySignIn(new Vouching(owner), users, attempts, sessions, passkeys, metrics, repository, clock);
    }

    private record Vouching(String owner) implements WebAuthnRelyingPartyOperations {
        @Override
        public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
            return ImmutablePublicKeyCredentialUserEntity.builder().name(owner).id(Bytes.random())
                    .displayName(owner).build();
        }

        @Override
        public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
                PublicKeyCredentialCreationOptionsRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
                PublicKeyCredentialRequestOptionsRequest request) {
            throw new UnsupportedOperationException();
        }
    }
}
