package waypoint.identity.internal;

import java.util.Optional;

import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Spring's ID token decoder (signature, issuer, audience and times), which also keeps the decoded token on the
 * request. Spring checks the {@code nonce} only after the token has passed those checks; when the nonce does not
 * match, the refusal names no one, but the token it came with is genuinely the provider's, so its email says whose
 * sign-in it was and the refusal can count towards that account's lockout (docs/adr/0010-staff-single-sign-on.md).
 */
final class CheckedIdTokens implements JwtDecoderFactory<ClientRegistration> {

    private static final String KEPT = CheckedIdTokens.class.getName() + ".token";

    private final OidcIdTokenDecoderFactory standard = new OidcIdTokenDecoderFactory();

    @Override
    public JwtDecoder createDecoder(ClientRegistration registration) {
        JwtDecoder decoder = standard.createDecoder(registration);
        return token -> {
            Jwt checked = decoder.decode(token);
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null) {
                request.setAttribute(KEPT, checked, RequestAttributes.SCOPE_REQUEST);
            }
            return checked;
        };
    }

    /** The email of the ID token this request's reply carried, once it passed its checks (not the nonce's). */
    static Optional<String> checkedEmail(jakarta.servlet.http.HttpServletRequest request) {
        return request.getAttribute(KEPT) instanceof Jwt token
                ? Optional.ofNullable(token.getClaimAsString("email")).filter(email -> !email.isBlank())
                        .map(UserAccount::normalise)
                : Optional.empty();
    }
}
