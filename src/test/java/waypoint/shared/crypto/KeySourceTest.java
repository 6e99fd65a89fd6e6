package waypoint.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeySourceTest {

    @TempDir
    Path temp;

    @Test
    void in_production_a_key_file_inside_the_data_directory_is_refused_with_a_message_saying_why() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Path inside = Files.writeString(data.resolve("safeguarding.key"), FieldCipherTest.key());
        KeySource source = new KeySource("WAYPOINT_SAFEGUARDING_KEY", "", inside.toString(), "safeguarding.key",
                "safeguarding records");

        assertThatThrownBy(() -> source.keys(data, true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WAYPOINT_SAFEGUARDING_KEY_FILE").hasMessageContaining("inside the data directory");
        assertThat(source.keys(data, false)).isNotBlank();
    }

    @Test
    void in_production_no_key_at_all_is_refused_and_none_is_generated() {
        Path data = temp.resolve("data");
        KeySource source = new KeySource("WAYPOINT_SAFEGUARDING_KEY", "", "", "safeguarding.key",
                "safeguarding records");

        assertThatThrownBy(() -> source.keys(data, true)).hasMessageContaining("Set WAYPOINT_SAFEGUARDING_KEY");
        assertThat(data.resolve("safeguarding.key")).doesNotExist();
    }

    @Test
    void in_production_a_key_from_the_environment_or_a_file_outside_the_data_directory_is_used() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        String key = FieldCipherTest.key();
        Path outside = Files.writeString(temp.resolve("secrets-safeguarding.key"), key);

        assertThat(new KeySource("V", key, "", "k", "x").keys(data, true)).isEqualTo(key);
        assertThat(new KeySource("V", "", outside.toString(), "k", "x").keys(data, true)).isEqualTo(key);
    }

    @Test
    void outside_production_a_key_is_generated_once_into_the_data_directory_for_its_owner_only() throws Exception {
        Path data = temp.resolve("data");
        KeySource source = new KeySource("V", "", "", "test.key", "x");
        String first = source.keys(data, false);

        assertThat(source.keys(data, false)).isEqualTo(first);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve("test.key")))).isEqualTo("rw-------");
    }
}
