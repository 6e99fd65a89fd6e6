package waypoint.organisation.internal.learner;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import waypoint.shared.crypto.FieldCipher;
import waypoint.shared.crypto.KeySource;
import waypoint.shared.crypto.SealedColumn;
import waypoint.shared.crypto.SealedData;

/**
 * Seals a learner's health declaration and equality answers at rest with a key of their own
 * ({@code WAYPOINT_DECLARATIONS_KEY} or {@code WAYPOINT_DECLARATIONS_KEY_FILE}; generated into
 * {@code declarations.key} in the data directory outside production): docs/adr/0012-envelope-encryption-with-tink.md.
 */
@Component
class DeclarationCipher extends FieldCipher {

    DeclarationCipher(@Value("${WAYPOINT_DECLARATIONS_KEY:}") String fromEnvironment,
            @Value("${WAYPOINT_DECLARATIONS_KEY_FILE:}") String keyFile,
            @Value("${waypoint.data-directory}") Path dataDirectory,
            @Value("${waypoint.organisation.generate-key:true}") boolean mayGenerate) {
        super(new KeySource("WAYPOINT_DECLARATIONS_KEY", fromEnvironment, keyFile, "declarations.key",
                "a learner's declarations"), dataDirectory, !mayGenerate);
    }

    /** Learners' sealed declarations, for the rotation job. */
    @Bean
    SealedData declarationSealedData() {
        return SealedData.of(this, new SealedColumn("learner_declaration", "learner_id", "answers_enc",
                "learner_declaration", "answers"));
    }
}
