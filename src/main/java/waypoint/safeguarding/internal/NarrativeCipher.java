package waypoint.safeguarding.internal;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import waypoint.shared.crypto.FieldCipher;
import waypoint.shared.crypto.KeySource;
import waypoint.shared.crypto.SealedColumn;
import waypoint.shared.crypto.SealedData;

/**
 * Encrypts the narrative of concerns (what was disclosed, referral reference numbers, outcomes) before it reaches the
 * database, bound to its record and field ({@link FieldCipher}).
 * <p>
 * The keys come from the environment ({@code WAYPOINT_SAFEGUARDING_KEY}, 32 bytes in base64, several newest first
 * while rotating, or {@code WAYPOINT_SAFEGUARDING_KEY_FILE}). Without them, as in the default run, a key is generated
 * once and kept in {@code safeguarding.key} in the data directory, readable by its owner only; losing that file loses
 * the narratives, so production sets the variable from its secret store ({@link KeySource}).
 */
@Component
public class NarrativeCipher extends FieldCipher {

    static final String KEY_FILE = "safeguarding.key";

    NarrativeCipher(@Value("${WAYPOINT_SAFEGUARDING_KEY:}") String fromEnvironment,
            @Value("${WAYPOINT_SAFEGUARDING_KEY_FILE:}") String keyFile,
            @Value("${waypoint.data-directory}") Path dataDirectory,
            @Value("${waypoint.safeguarding.generate-key:true}") boolean mayGenerate) {
        super(new KeySource("WAYPOINT_SAFEGUARDING_KEY", fromEnvironment, keyFile, KEY_FILE,
                "a safeguarding record"), dataDirectory, !mayGenerate);
    }

    /** Every ciphertext column of safeguarding, for the rotation job. */
    @Bean
    SealedData safeguardingSealedData() {
        return SealedData.of(this, Stream.concat(
                SealedColumn.fieldsOf("concern", "id", "concern", "kind", "raised_by_account", "raised_by_name",
                        "description", "place", "people_involved", "injury", "outcome").stream(),
                SealedColumn.fieldsOf("concern_entry", "id", "concern-entry", "agency", "reference_number", "details")
                        .stream()).toList());
    }
}
