package waypoint.identity.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

import waypoint.shared.audit.RecordChanged;

/**
 * Waypoint as a WebAuthn relying party (docs/domain/sign-in.md, passkeys): its id is the host people reach it on
 * ({@code waypoint.passkeys.rp-id}, by default the host of {@code waypoint.base-url}), and a passkey is accepted only
 * from the origins in {@code waypoint.passkeys.allowed-origins} (by default the base URL). The origins are read when
 * the first passkey is used, so a server on a port chosen at start-up (as in the tests) can name its own.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, Passkeys passkeys,
            UserAccountRepository accounts, ApplicationEventPublisher events) {
        return new AuditedCredentials(new JdbcUserCredentialRepository(jdbc), passkeys, accounts, events);
    }

    @Bean
    WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository userEntities,
            UserCredentialRepository credentials, Environment environment,
            @Value("${waypoint.base-url:http://localhost:8080}") String baseUrl) {
        return new RelyingParty(() -> {
            String rpId = environment.getProperty("waypoint.passkeys.rp-id", "");
            if (rpId.isBlank()) {
                rpId = URI.create(baseUrl).getHost();
            }
            String origins = environment.getProperty("waypoint.passkeys.allowed-origins", "");
            if (origins.isBlank()) {
                origins = baseUrl;
            }
            Set<String> allowed = new LinkedHashSet<>(Arrays.stream(origins.split(","))
                    .map(String::strip).filter(o -> !o.isEmpty()).toList());
            return new Webauthn4JRelyingPartyOperations(userEntities, credentials,
                    PublicKeyCredentialRpEntity.builder().id(rpId).name("Waypoint").build(), allowed);
        });
    }

    /** Spring Security's relying party, made when first used (when the server's own address is known). */
    static final class RelyingParty implements WebAuthnRelyingPartyOperations {

        private final java.util.function.Supplier<WebAuthnRelyingPartyOperations> factory;
        private volatile WebAuthnRelyingPartyOperations delegate;

        RelyingParty(java.util.function.Supplier<WebAuthnRelyingPartyOperations> factory) {
            this.factory = factory;
        }

        private WebAuthnRelyingPartyOperations delegate() {
            WebAuthnRelyingPartyOperations made = delegate;
            if (made == null) {
                synchronized (this) {
                    if (delegate == null) {
                        delegate = factory.get();
                    }
                    made = delegate;
                }
            }
            return made;
        }

        @Override
        public org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions
                createPublicKeyCredentialCreationOptions(PublicKeyCredentialCreationOptionsRequest request) {
            return delegate().createPublicKeyCredentialCreationOptions(request);
        }

        @Override
        public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
            return delegate().registerCredential(request);
        }

        @Override
        public org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions
                createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
            return delegate().createCredentialRequestOptions(request);
        }

        @Override
        public org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity authenticate(
                RelyingPartyAuthenticationRequest request) {
            return delegate().authenticate(request);
        }
    }

    /** The passkeys' store, recording in the audit trail when a person adds one. */
    static final class AuditedCredentials implements UserCredentialRepository {

        private final UserCredentialRepository store;
        private final Passkeys passkeys;
        private final UserAccountRepository accounts;
        private final ApplicationEventPublisher events;

        AuditedCredentials(UserCredentialRepository store, Passkeys passkeys, UserAccountRepository accounts,
                ApplicationEventPublisher events) {
            this.store = store;
            this.passkeys = passkeys;
            this.accounts = accounts;
            this.events = events;
        }

        @Override
        public void save(CredentialRecord record) {
            boolean added = store.findByCredentialId(record.getCredentialId()) == null;
            store.save(record);
            if (added) {
                passkeys.nameOfUserEntity(record.getUserEntityUserId().toBase64UrlString())
                        .flatMap(accounts::findByEmail)
                        .ifPresent(account -> events.publishEvent(RecordChanged.updated("Account", account.getId(),
                                null, "passkey ‘" + record.getLabel() + "’ added")));
            }
        }

        @Override
        public void delete(Bytes credentialId) {
            store.delete(credentialId);
        }

        @Override
        public CredentialRecord findByCredentialId(Bytes credentialId) {
            return store.findByCredentialId(credentialId);
        }

        @Override
        public List<CredentialRecord> findByUserId(Bytes userId) {
            return store.findByUserId(userId);
        }
    }
}
