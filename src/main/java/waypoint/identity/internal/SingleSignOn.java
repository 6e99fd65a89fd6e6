package waypoint.identity.internal;

import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * The organisation's identity provider for staff single sign-on over OpenID Connect (docs/domain/sign-in.md, "Single
 * sign-on"), configured from WAYPOINT_OIDC_*: when no issuer is set it is not {@link #configured()}, and there is no
 * button and no sign-in through it. Whether it is configured is read when Waypoint starts, not by a condition on the
 * bean, so that a build whose context was prepared ahead of time (docs/operations.md, "Starting faster") can be
 * given an issuer. The provider's endpoints are read from its discovery document the first time someone uses the
 * button, not at start-up, so a provider that is down does not stop Waypoint starting (or password sign-in working).
 */
@Component
public class SingleSignOn implements ClientRegistrationRepository {

    public static final String REGISTRATION_ID = "organisation";
    /** The button's address: Spring sends the person on to the provider from here. */
    public static final String START = "/sign-in/single-sign-on";
    /** Where the provider sends the person back (the redirect URI registered with the provider). */
    public static final String CALLBACK = "/sign-in/single-sign-on/callback/*";
    public static final String REFUSED = "/sign-in/refused";

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String buttonName;
    private volatile ClientRegistration registration;

    SingleSignOn(@Value("${waypoint.oidc.issuer:}") String issuer, @Value("${waypoint.oidc.client-id:}") String clientId,
            @Value("${waypoint.oidc.client-secret:}") String clientSecret,
            @Value("${waypoint.oidc.name:}") String buttonName) {
        this.issuer = issuer.strip();
        this.clientId = clientId.strip();
        this.clientSecret = clientSecret;
        this.buttonName = buttonName.isBlank() ? "Sign in with your organisation's account" : buttonName.strip();
    }

    /** Whether the organisation's identity provider is set (WAYPOINT_OIDC_ISSUER): staff can sign in through it. */
    public boolean configured() {
        return !issuer.isBlank();
    }

    /** The words on the sign-in page's button, such as "Sign in with Microsoft". */
    public String buttonName() {
        return buttonName;
    }

    public String startAddress() {
        return START + "/" + REGISTRATION_ID;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!configured() || !REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration found = registration;
        if (found == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = ClientRegistrations.fromOidcIssuerLocation(issuer)
                            .registrationId(REGISTRATION_ID)
                            .clientId(clientId)
                            .clientSecret(clientSecret)
                            .scope(Set.of("openid", "email", "profile"))
                            .redirectUri("{baseUrl}/sign-in/single-sign-on/callback/{registrationId}")
                            .clientName(buttonName)
                            .build();
                }
                found = registration;
            }
        }
        return found;
    }
}
