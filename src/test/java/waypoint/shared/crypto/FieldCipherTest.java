package waypoint.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final String OLD = key();
    private static final String NEW = key();

    @Test
    void a_value_is_an_envelope_that_opens_only_in_the_record_and_field_it_was_written_for() {
        FieldCipher cipher = new FieldCipher(OLD, "test", "a test value");
        byte[] sealed = cipher.encrypt("She told me on Tuesday", "concern:1:description");

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Tuesday");
        assertThat(sealed[0]).isEqualTo(FieldCipher.ENVELOPE);
        assertThat(cipher.decrypt(sealed, "concern:1:description")).isEqualTo("She told me on Tuesday");
        assertThatThrownBy(() -> cipher.decrypt(sealed, "concern:2:description"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(cipher.encrypt("same", "c")).isNotEqualTo(cipher.encrypt("same", "c"));
    }

    @Test
    void a_value_sealed_before_envelopes_still_opens_and_is_not_current() {
        FieldCipher cipher = new FieldCipher(NEW + "," + OLD, "test", "a test value");
        byte[] legacy = sealedAsInAdr0002(OLD, "Referred to children's services", "concern:7:outcome");

        assertThat(cipher.decrypt(legacy, "concern:7:outcome")).isEqualTo("Referred to children's services");
        assertThat(cipher.isCurrent(legacy)).isFalse();
        byte[] resealed = cipher.reseal(legacy, "concern:7:outcome");
        assertThat(cipher.isCurrent(resealed)).isTrue();
        assertThat(cipher.decrypt(resealed, "concern:7:outcome")).isEqualTo("Referred to children's services");
    }

    @Test
    void after_a_new_key_is_put_first_the_newest_encrypts_and_every_key_of_the_ring_still_decrypts() {
        FieldCipher before = new FieldCipher(OLD, "test", "a test value");
        FieldCipher after = new FieldCipher(NEW + "\n" + OLD, "test", "a test value");
        byte[] old = before.encrypt("old words", "t:1:f");
        byte[] fresh = after.encrypt("new words", "t:1:f");

        assertThat(after.decrypt(old, "t:1:f")).isEqualTo("old words");
        assertThat(after.isCurrent(old)).isFalse();
        assertThat(after.isCurrent(fresh)).isTrue();
        assertThat(before.isCurrent(old)).isTrue();
        // the key id sits from the sixth byte on, where the rotation job's SQL looks for it
        assertThat(Arrays.copyOfRange(fresh, 5, 10)).isEqualTo(after.currentKeyMarker());
        assertThatThrownBy(() -> before.decrypt(fresh, "t:1:f")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("could not be decrypted");
    }

    @Test
    void a_key_that_is_not_32_bytes_of_base64_is_refused_with_a_message_saying_what_to_give() {
        assertThatThrownBy(() -> new FieldCipher("not a key", "WAYPOINT_SAFEGUARDING_KEY", "x"))
                .hasMessageContaining("WAYPOINT_SAFEGUARDING_KEY").hasMessageContaining("openssl rand -base64 32");
    }

    static String key() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** What FieldCipher wrote before envelopes: format byte 1, a 96-bit IV, then AES-256-GCM. */
    static byte[] sealedAsInAdr0002(String key, String plaintext, String context) {
        try {
            byte[] iv = new byte[12];
            new SecureRandom().nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(key), "AES"),
                    new GCMParameterSpec(128, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + 12 + sealed.length).put((byte) 1).put(iv).put(sealed).array();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
