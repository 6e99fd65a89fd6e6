package waypoint.identity.internal;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import waypoint.shared.crypto.FieldCipher;
import waypoint.shared.crypto.KeySource;
import waypoint.shared.crypto.SealedColumn;
import waypoint.shared.crypto.SealedData;

/**
 * Seals authenticator-app keys at rest, the way safeguarding narratives are sealed, with a key of its own
 * ({@code WAYPOINT_IDENTITY_KEY}; generated into {@code identity.key} in the data directory outside production).
 * What it sealed is re-encrypted with the newest key by the rotation job
 * (docs/adr/0012-envelope-encryption-with-tink.md).
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

    /** Authenticator-app keys, for the rotation job. */
    @Bean
    SealedData secondFactorSealedData() {
        return SealedData.of(this, new SealedColumn("account_second_factor", "user_id", "totp_secret",
                "account_second_factor", "totp_secret"));
    }
}
