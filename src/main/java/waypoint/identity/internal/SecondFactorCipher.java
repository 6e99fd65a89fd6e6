package waypoint.identity.internal;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import waypoint.shared.crypto.FieldCipher;
import waypoint.shared.crypto.KeySource;

/**
 * Seals authenticator-app keys at rest, the way safeguarding narratives are sealed, with a key of its own
 * ({@code WAYPOINT_IDENTITY_KEY}; generated into {@code identity.key} in the data directory outside production).
 */
@Component
class SecondFactorCipher extends FieldCipher {

    SecondFactorCipher(@Value("${WAYPOINT_IDENTITY_KEY:}") String fromEnvironment,
            @Value("${WAYPOINT_IDENTITY_KEY_FILE:}") String keyFile,
            @Value("${waypoint.data-directory}") Path dataDirectory,
            @Value("${waypoint.identity.generate-key:true}") boolean mayGenerate) {
        super(new KeySource("WAYPOINT_IDENTITY_KEY", fromEnvironment, keyFile, "identity.key",
                "an authenticator-app key"), dataDirectory, !mayGenerate);
    }
}
