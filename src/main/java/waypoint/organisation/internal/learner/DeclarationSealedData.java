package waypoint.organisation.internal.learner;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.shared.crypto.FieldCipher;
import waypoint.shared.crypto.SealedColumn;
import waypoint.shared.crypto.SealedData;

/**
 * Learners' sealed declarations, for the rotation job, and the plain answers an older release (or the benchmark data
 * generator) wrote, sealed here a batch at a time (docs/adr/0012-envelope-encryption-with-tink.md).
 */
@Component
class DeclarationSealedData implements SealedData {

    private static final String PLAIN_PRESENT = "health_declaration IS NOT NULL OR health_details IS NOT NULL"
            + " OR ethnicity IS NOT NULL OR sex IS NOT NULL OR religion IS NOT NULL OR sexual_orientation IS NOT NULL";

    private final JdbcClient jdbc;
    private final DeclarationCipher cipher;
    private final DeclarationService declarations;

    DeclarationSealedData(JdbcClient jdbc, DeclarationCipher cipher, DeclarationService declarations) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.declarations = declarations;
    }

    @Override
    public FieldCipher cipher() {
        return cipher;
    }

    @Override
    public List<SealedColumn> columns() {
        return List.of(new SealedColumn("learner_declaration", "learner_id", "answers_enc", "learner_declaration",
                "answers"));
    }

    @Override
    @Transactional
    public int sealPlainLeftovers(int batch) {
        List<UUID> learners = jdbc.sql("SELECT learner_id FROM learner_declaration WHERE " + PLAIN_PRESENT
                + " LIMIT :batch FOR UPDATE SKIP LOCKED").param("batch", batch).query(UUID.class).list();
        for (UUID learner : learners) {
            declarations.sealInPlace(learner);
        }
        return learners.size();
    }

    @Override
    public long plainLeftovers() {
        return jdbc.sql("SELECT count(*) FROM learner_declaration WHERE " + PLAIN_PRESENT).query(Long.class).single();
    }
}
