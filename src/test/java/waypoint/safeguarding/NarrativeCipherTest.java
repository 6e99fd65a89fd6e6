package waypoint.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.safeguarding.internal.NarrativeCipher;
import waypoint.support.WaypointTest;

@WaypointTest
class NarrativeCipherTest {

    @Autowired
    NarrativeCipher cipher;

    @Test
    void a_narrative_is_ciphertext_that_decrypts_only_in_the_record_and_field_it_was_written_for() {
        byte[] sealed = cipher.encrypt("She told me on Tuesday", "concern:1:description");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Tuesday");
        assertThat(cipher.decrypt(sealed, "concern:1:description")).isEqualTo("She told me on Tuesday");
        assertThatThrownBy(() -> cipher.decrypt(sealed, "concern:2:description"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_same_words_encrypt_differently_each_time() {
        assertThat(cipher.encrypt("same", "c")).isNotEqualTo(cipher.encrypt("same", "c"));
    }
}
