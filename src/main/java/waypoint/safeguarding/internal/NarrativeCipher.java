package waypoint.safeguarding.internal;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import waypoint.shared.crypto.FieldCipher;

/**
 * Encrypts the narrative of concerns (what was disclosed, referral reference numbers, outcomes) before it reaches the
 * database, bound to its record and field ({@link FieldCipher}).
 * <p>
 * The key comes from the environment ({@code WAYPOINT_SAFEGUARDING_KEY}, 32 bytes in base64). Without it, as in the
 * default run, a key is generated once and kept in {@code safeguarding.key} in the data directory, readable by its
 * owner only; losing that file loses the narratives, so production sets the variable from its secret store.
 */
@Component
public class NarrativeCipher extends FieldCipher {

    static final String KEY_FILE = "safeguarding.key";

    NarrativeCipher(@Value("${WAYPOINT_SAFEGUARDING_KEY:}") String fromEnvironment,
            @Value("${waypoint.data-directory}") Path dataDirectory,
            @Value("${waypoint.safeguarding.generate-key:true}") boolean mayGenerate) {
        super(fromEnvironment, "WAYPOINT_SAFEGUARDING_KEY", dataDirectory, KEY_FILE, mayGenerate,
                "a safeguarding narrative");
    }
}
