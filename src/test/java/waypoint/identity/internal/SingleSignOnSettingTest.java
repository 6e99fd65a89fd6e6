package waypoint.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SingleSignOnSettingTest {

    @Test
    void without_an_issuer_there_is_no_single_sign_on_and_no_registration_to_find() {
        SingleSignOn none = new SingleSignOn(" ", "", "", "");

        assertThat(none.configured()).isFalse();
        assertThat(none.findByRegistrationId(SingleSignOn.REGISTRATION_ID)).isNull();
    }

    @Test
    void with_an_issuer_it_is_configured_and_named_for_the_button() {
        SingleSignOn entra = new SingleSignOn("https://login.example/tenant/v2.0", "waypoint", "secret",
                "Sign in with Microsoft");

        assertThat(entra.configured()).isTrue();
        assertThat(entra.buttonName()).isEqualTo("Sign in with Microsoft");
    }
}
