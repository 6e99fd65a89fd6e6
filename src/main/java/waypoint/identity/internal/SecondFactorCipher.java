package waypoint.identity.internal;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import waypoint.shared.crypto.FieldCipher;

/**
 * Seals authenticator-app keys at rest, the way safeguarding narratives are sealed, with a key of its own
 * ({@code WAYPOINT_IDENTITY_KEY}; generated into {@code identity.key} in the data directory outside production).
 */
@Component
class SecondFactorCipher extends FieldCipher {

    SecondFactorCipher(@Value("${WAYPOINT_IDENTITY_KEY:}") String fromEnvironment,
            @Value("${waypoint.data-directory}") Path dataDirectory,
            @Value("${waypoint.identity.generate-key:true}") boolean mayGenerate) {
        super(fromEnvironment, "WAYPOINT_IDENTITY_KEY", dataDirectory, "identity.key", mayGenerate,
                "an authenticator-app key");
    }
}
