package waypoint.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.shared.operations.Metrics;
import waypoint.support.WaypointTest;

/**
 * After a new key is put first, the rotation job re-encrypts old values a batch at a time while every value still
 * reads, and its gauge counts down to nothing (docs/adr/0012-envelope-encryption-with-tink.md). The values live in a
 * table of the test's own, in a schema of its own, dropped afterwards.
 */
@WaypointTest
class KeyRotationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<SealedData> sealed;

    @Test
    void every_module_that_seals_a_field_hands_its_columns_to_the_rotation_job() {
        assertThat(sealed.stream().flatMap(data -> data.columns().stream())
                .map(column -> column.table() + "." + column.column()))
                .contains("account_second_factor.totp_secret", "learner_declaration.answers_enc",
                        "concern.kind_enc", "concern.description_enc", "concern.outcome_enc",
                        "concern_entry.agency_enc", "concern_entry.details_enc");

        // every column named exists: a run over the application's own data reads each of them
        KeyRotation rotation = KeyRotation.over(jdbc, sealed, new SimpleMeterRegistry(), 10);
        rotation.runOnce();
    }

    @Test
    void sealed_data_names_at_least_one_column() {
        FieldCipher cipher = new FieldCipher(FieldCipherTest.key(), "test", "a probe");

        assertThatThrownBy(() -> SealedData.of(cipher)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SealedData.of(cipher, SealedColumn.fieldsOf("probe", "id", "probe", "secret", "note")).columns())
                .extracting(SealedColumn::column).containsExactly("secret_enc", "note_enc");
    }

    @Test
    void old_values_are_sealed_again_with_the_newest_key_in_batches_while_every_value_still_reads() {
        String oldKey = FieldCipherTest.key();
        String newKey = FieldCipherTest.key();
        FieldCipher before = new FieldCipher(oldKey, "test", "a probe");
        FieldCipher after = new FieldCipher(newKey + "," + oldKey, "test", "a probe");
        SealedColumn column = new SealedColumn("rotation_probe.probe", "id", "secret_enc", "probe", "secret");
        jdbc.sql("CREATE SCHEMA IF NOT EXISTS rotation_probe").update();
        jdbc.sql("CREATE TABLE rotation_probe.probe (id UUID PRIMARY KEY, secret_enc BYTEA)").update();
        try {
            Map<UUID, String> written = new HashMap<>();
            for (int i = 0; i < 250; i++) {
                UUID id = UUID.randomUUID();
                String secret = "secret " + i;
                // a fifth were sealed before envelopes (docs/adr/0002), the rest under the old key
                byte[] sealed = i % 5 == 0 ? FieldCipherTest.sealedAsInAdr0002(oldKey, secret, column.contextOf(id))
                        : before.encrypt(secret, column.contextOf(id));
                jdbc.sql("INSERT INTO rotation_probe.probe (id, secret_enc) VALUES (:id, :s)").param("id", id)
                        .param("s", sealed).update();
                written.put(id, secret);
            }
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            KeyRotation rotation = KeyRotation.over(jdbc, List.of(SealedData.of(after, column)), registry, 100);

            assertThat(rotation.runOnce()).isEqualTo(100);
            assertThat(rotation.awaitingTotal()).isEqualTo(150);
            assertThat(registry.get(Metrics.SEALED_AWAITING).tag("column", "rotation_probe.probe.secret_enc").gauge()
                    .value()).isEqualTo(150);
            assertThat(read(after, column)).isEqualTo(written);

            assertThat(rotation.runOnce()).isEqualTo(100);
            assertThat(rotation.runOnce()).isEqualTo(50);
            assertThat(rotation.runOnce()).isZero();
            assertThat(rotation.awaitingTotal()).isZero();
            assertThat(read(after, column)).isEqualTo(written);
            assertThat(jdbc.sql("SELECT secret_enc FROM rotation_probe.probe").query(byte[].class).list())
                    .allMatch(after::isCurrent);
        } finally {
            jdbc.sql("DROP SCHEMA rotation_probe CASCADE").update();
        }
    }

    private Map<UUID, String> read(FieldCipher cipher, SealedColumn column) {
        Map<UUID, String> read = new HashMap<>();
        jdbc.sql("SELECT id, secret_enc FROM rotation_probe.probe").query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            read.put(id, cipher.decrypt(rs.getBytes("secret_enc"), column.contextOf(id)));
        });
        return read;
    }
}
