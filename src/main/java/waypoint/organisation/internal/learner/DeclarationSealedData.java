package waypoint.organisation.internal.learner;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.crypto.FieldCipher;
import waypoint.shared.crypto.SealedColumn;
import waypoint.shared.crypto.SealedData;

/** Learners' sealed declarations, for the rotation job (docs/adr/0012-envelope-encryption-with-tink.md). */
@Component
class DeclarationSealedData implements SealedData {

    private final DeclarationCipher cipher;

    DeclarationSealedData(DeclarationCipher cipher) {
        this.cipher = cipher;
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
}
