package waypoint.identity.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.crypto.FieldCipher;
import waypoint.shared.crypto.SealedColumn;
import waypoint.shared.crypto.SealedData;

/** Authenticator-app keys, for the rotation job (docs/adr/0012-envelope-encryption-with-tink.md). */
@Component
class SecondFactorSealedData implements SealedData {

    private final SecondFactorCipher cipher;

    SecondFactorSealedData(SecondFactorCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public FieldCipher cipher() {
        return cipher;
    }

    @Override
    public List<SealedColumn> columns() {
        return List.of(new SealedColumn("account_second_factor", "user_id", "totp_secret", "account_second_factor",
                "totp_secret"));
    }
}
