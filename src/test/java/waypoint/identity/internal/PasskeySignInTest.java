package waypoint.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.webauthn4j.verifier.exception.BadChallengeException;
import com.webauthn4j.verifier.exception.MaliciousCounterValueException;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;

class PasskeySignInTest {

    @Test
    void a_signature_counter_that_did_not_go_up_is_a_replayed_sign_in() {
        assertThat(PasskeySignIn.replayed(new BadCredentialsException("refused",
                new MaliciousCounterValueException("counter")))).isTrue();
    }

    @Test
    void a_challenge_that_is_not_this_browser_s_is_a_replayed_sign_in() {
        assertThat(PasskeySignIn.replayed(new BadCredentialsException("refused",
                new BadChallengeException("challenge")))).isTrue();
        assertThat(PasskeySignIn.replayed(new BadCredentialsException(
                "Unable to authenticate the PublicKeyCredential. No PublicKeyCredentialRequestOptions found."))).isTrue();
    }

    @Test
    void a_bad_signature_is_refused_but_not_called_replayed() {
        assertThat(PasskeySignIn.replayed(new BadCredentialsException("refused",
                new IllegalArgumentException("bad signature")))).isFalse();
    }
}
