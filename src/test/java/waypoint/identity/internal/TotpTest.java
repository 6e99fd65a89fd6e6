package waypoint.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpTest {

    // RFC 6238 appendix B: the SHA-1 key is the ASCII of "12345678901234567890"
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codes_match_the_test_vectors_of_rfc_6238() {
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(59)), 8)).isEqualTo("94287082");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109)), 8)).isEqualTo("07081804");
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(2000000000)), 8)).isEqualTo("69279037");
    }

    @Test
    void an_app_given_the_base32_key_makes_the_same_six_digits() {
        String base32 = Totp.base32(RFC_KEY);
        assertThat(base32).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.fromBase32(base32)).isEqualTo(RFC_KEY);
        assertThat(Totp.code(base32, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    @Test
    void a_new_key_is_160_bits_in_base32_and_the_qr_address_names_waypoint() {
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.uri("Waypoint", "sam@example.test", secret))
                .startsWith("otpauth://totp/Waypoint:sam%40example.test?secret=" + secret)
                .contains("issuer=Waypoint", "digits=6", "period=30");
    }
}
