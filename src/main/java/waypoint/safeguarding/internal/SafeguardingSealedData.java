package waypoint.safeguarding.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.shared.crypto.FieldCipher;
import waypoint.shared.crypto.SealedColumn;
import waypoint.shared.crypto.SealedData;

/**
 * Every ciphertext column of safeguarding, for the rotation job, and the plain kind, raiser and agency an older
 * release wrote, sealed here a batch at a time (docs/adr/0012-envelope-encryption-with-tink.md).
 */
@Component
class SafeguardingSealedData implements SealedData {

    private static final List<SealedColumn> COLUMNS = List.of(
            concern("kind"), concern("raised_by_account"), concern("raised_by_name"), concern("description"),
            concern("place"), concern("people_involved"), concern("injury"), concern("outcome"),
            entry("agency"), entry("reference_number"), entry("details"));

    private final JdbcClient jdbc;
    private final NarrativeCipher cipher;

    SafeguardingSealedData(JdbcClient jdbc, NarrativeCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    private static SealedColumn concern(String field) {
        return new SealedColumn("concern", "id", field + "_enc", "concern", field);
    }

    private static SealedColumn entry(String field) {
        return new SealedColumn("concern_entry", "id", field + "_enc", "concern-entry", field);
    }

    @Override
    public FieldCipher cipher() {
        return cipher;
    }

    @Override
    public List<SealedColumn> columns() {
        return COLUMNS;
    }

    @Override
    @Transactional
    public int sealPlainLeftovers(int batch) {
        int sealed = 0;
        // an older release wrote both, never one without the other (both were required)
        for (Map<String, Object> row : jdbc.sql("""
                SELECT id, kind, raised_by_account_id FROM concern
                WHERE kind IS NOT NULL AND raised_by_account_id IS NOT NULL LIMIT :batch""")
                .param("batch", batch).query().listOfRows()) {
            UUID id = (UUID) row.get("id");
            sealed += jdbc.sql("""
                    UPDATE concern SET kind_enc = :kind, kind = NULL, raised_by_account_enc = :raisedBy,
                        raised_by_account_id = NULL
                    WHERE id = :id AND kind = :plainKind""")
                    .param("kind", cipher.encrypt(row.get("kind").toString(), "concern:" + id + ":kind"))
                    .param("raisedBy", cipher.encrypt(row.get("raised_by_account_id").toString(),
                            "concern:" + id + ":raised_by_account"))
                    .param("plainKind", row.get("kind")).param("id", id).update();
        }
        for (Map<String, Object> row : jdbc.sql("SELECT id, agency FROM concern_entry WHERE agency IS NOT NULL LIMIT :batch")
                .param("batch", batch).query().listOfRows()) {
            UUID id = (UUID) row.get("id");
            sealed += jdbc.sql("UPDATE concern_entry SET agency_enc = :agency, agency = NULL WHERE id = :id")
                    .param("agency", cipher.encrypt(row.get("agency").toString(), "concern-entry:" + id + ":agency"))
                    .param("id", id).update();
        }
        return sealed;
    }

    @Override
    public long plainLeftovers() {
        return jdbc.sql("SELECT count(*) FROM concern WHERE kind IS NOT NULL AND raised_by_account_id IS NOT NULL")
                .query(Long.class).single()
                + jdbc.sql("SELECT count(*) FROM concern_entry WHERE agency IS NOT NULL").query(Long.class).single();
    }
}
