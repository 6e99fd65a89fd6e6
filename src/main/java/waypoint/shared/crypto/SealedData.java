package waypoint.shared.crypto;

import java.util.List;

/**
 * What a module keeps sealed with its {@link FieldCipher}, so {@link KeyRotation} can re-encrypt it with the newest key
 * in the background (docs/adr/0012-envelope-encryption-with-tink.md). A module whose plain columns are being moved into
 * ciphertext (the expand step of an expand-then-contract change) also seals those leftovers here, a batch at a time.
 */
public interface SealedData {

    /** The cipher the columns were sealed with. */
    FieldCipher cipher();

    /** The ciphertext columns. */
    List<SealedColumn> columns();

    /** Seals up to {@code batch} values still in plain columns; answers how many it sealed. */
    default int sealPlainLeftovers(int batch) {
        return 0;
    }

    /** How many records still hold plain values that are to be sealed. */
    default long plainLeftovers() {
        return 0;
    }

    /**
     * The one shape a module's sealed data takes: its cipher and its own ciphertext columns (the module names its own
     * tables). A module declares it as a bean, for example beside its cipher:
     * {@code @Bean SealedData sealed() { return SealedData.of(this, new SealedColumn(...)); }}.
     */
    static SealedData of(FieldCipher cipher, SealedColumn... columns) {
        return of(cipher, List.of(columns));
    }

    /** As {@link #of(FieldCipher, SealedColumn...)}, with the columns as a list. */
    static SealedData of(FieldCipher cipher, List<SealedColumn> columns) {
        record Sealed(FieldCipher cipher, List<SealedColumn> columns) implements SealedData {
            Sealed {
                if (columns.isEmpty()) {
                    throw new IllegalArgumentException("Sealed data names at least one column");
                }
                columns = List.copyOf(columns);
            }
        }
        return new Sealed(cipher, columns);
    }
}
