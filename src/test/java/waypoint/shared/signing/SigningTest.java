package waypoint.shared.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SigningTest {

    private static final Instant NOON = Instant.parse("2026-09-01T11:00:00Z");
    private final Signing signing = new Signing(Clock.fixed(NOON, ZoneId.of("Europe/London")));
    private final UUID account = UUID.randomUUID();

    @Test
    void a_signature_records_the_typed_name_the_instant_the_address_and_the_hash_of_the_text() {
        Signature signature = signing.sign(account, "Ada Lovelace", "  ada   LOVELACE ", "203.0.113.9", "Plan v1");

        assertThat(signature.signerAccountId()).isEqualTo(account);
        assertThat(signature.typedName()).isEqualTo("ada   LOVELACE");
        assertThat(signature.signedAt()).isEqualTo(NOON);
        assertThat(signature.ipAddress()).isEqualTo("203.0.113.9");
        assertThat(signature.documentSha256()).isEqualTo(DocumentHash.of("Plan v1")).hasSize(64);
    }

    @Test
    void a_name_that_is_not_the_account_name_is_refused_naming_the_expected_name() {
        assertThatThrownBy(() -> signing.sign(account, "Ada Lovelace", "Charles Babbage", "::1", "Plan"))
                .isInstanceOf(SignatureRefusedException.class)
                .hasMessageContaining("exactly as it is on your account: Ada Lovelace");
        assertThatThrownBy(() -> signing.sign(account, "Ada Lovelace", " ", "::1", "Plan"))
                .hasMessage("Enter your full name to sign");
    }

    @Test
    void the_verifier_accepts_the_signed_text_and_rejects_any_change_to_it() {
        Signature signature = signing.sign(account, "Ada Lovelace", "Ada Lovelace", "::1", "Planned hours: 400\n");

        assertThat(Signing.verify(signature, "Planned hours: 400\r\n")).isEqualTo(Signing.Verification.MATCHES);
        assertThat(Signing.verify(signature, "Planned hours: 401\n"))
                .isEqualTo(Signing.Verification.DOCUMENT_DIFFERS);
    }

    @Test
    void the_hash_is_the_sha_256_of_the_utf_8_text() {
        assertThat(DocumentHash.of("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
