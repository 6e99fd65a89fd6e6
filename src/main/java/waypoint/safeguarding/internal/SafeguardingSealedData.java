package waypoint.safeguarding.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import waypoint.shared.crypto.FieldCipher;
import waypoint.shared.crypto.SealedColumn;
import waypoint.shared.crypto.SealedData;

/** Every ciphertext column of safeguarding, for the rotation job (docs/adr/0012-envelope-encryption-with-tink.md). */
@Component
class SafeguardingSealedData implements SealedData {

    private static final List<SealedColumn> COLUMNS = List.of(
            concern("kind"), concern("raised_by_account"), concern("raised_by_name"), concern("description"),
            concern("place"), concern("people_involved"), concern("injury"), concern("outcome"),
            entry("agency"), entry("reference_number"), entry("details"));

    private final NarrativeCipher cipher;

    SafeguardingSealedData(NarrativeCipher cipher) {
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
}
