package waypoint.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.aead.KmsEnvelopeAead;

/**
 * The one way Waypoint encrypts a field before it reaches the database, so a backup, a dump or a reporting query
 * shows only ciphertext: envelope encryption with Google Tink (docs/adr/0012-envelope-encryption-with-tink.md).
 * Each value gets a fresh data key (AES-256-GCM); the data key is wrapped by the newest key-encryption key of the
 * {@link Keyring}, whose id Tink stores with it, so older keys still open what they wrapped and a background job
 * ({@link KeyRotation}) re-encrypts old values with the newest. Each value is bound to its record and field (the
 * associated data, for example {@code concern:<id>:description}), so ciphertext copied to another row or column fails
 * to decrypt rather than showing the wrong value.
 * <p>
 * Stored values start with a format byte: {@code 1} is the AES-GCM of docs/adr/0002 (a value sealed with the key
 * itself; still read, and re-encrypted by the rotation job), {@code 2} the envelope. Keys come from a
 * {@link KeySource}; each kind of sealed data has its own (a subclass names it).
 */
public class FieldCipher {

    static final byte SEALED_WITH_KEY = 1;
    static final byte ENVELOPE = 2;
    private static final int LENGTH_BYTES = 4;
    /** Tink's prefix in front of what a keyset key wrapped: one version byte, then the key id. */
    private static final byte TINK_PREFIX = 1;
    private static final AesGcmParameters DATA_KEY;

    static {
        try {
            DATA_KEY = AesGcmParameters.builder().setKeySizeBytes(32).setIvSizeBytes(12).setTagSizeBytes(16)
                    .setVariant(AesGcmParameters.Variant.NO_PREFIX).build();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Keyring keyring;
    private final Aead envelope;
    private final String what;

    /**
     * @param source where the keys come from
     * @param dataDirectory the data directory, where a generated key is kept outside production
     * @param production true in production, where the key must come from outside the data directory
     */
    protected FieldCipher(KeySource source, Path dataDirectory, boolean production) {
        this(source.keys(dataDirectory, production), source.variable(), source.what());
    }

    /**
     * A cipher with the given keys (newest first: see {@link Keyring#of}); for tools and tests that hold their keys
     * themselves.
     */
    public FieldCipher(String keys, String source, String what) {
        this.keyring = Keyring.of(keys, source);
        this.what = what;
        try {
            this.envelope = KmsEnvelopeAead.create(DATA_KEY, keyring.keyEncryption());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not prepare the encryption of " + what, e);
        }
    }

    /** Null stays null: an empty optional field has nothing to hide. */
    public byte[] encrypt(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] sealed = envelope.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), aad(context));
            return ByteBuffer.allocate(1 + sealed.length).put(ENVELOPE).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt " + what, e);
        }
    }

    public String decrypt(byte[] stored, String context) {
        if (stored == null) {
            return null;
        }
        if (stored.length < 2 || stored[0] != ENVELOPE && stored[0] != SEALED_WITH_KEY) {
            throw new IllegalStateException(capitalised(what) + " is not in a format this version can read");
        }
        byte[] body = Arrays.copyOfRange(stored, 1, stored.length);
        try {
            if (stored[0] == ENVELOPE) {
                return new String(envelope.decrypt(body, aad(context)), StandardCharsets.UTF_8);
            }
            for (Aead key : keyring.legacy()) {
                try {
                    return new String(key.decrypt(body, aad(context)), StandardCharsets.UTF_8);
                } catch (GeneralSecurityException notThisKey) {
                    // try the next key of the ring
                }
            }
            throw new GeneralSecurityException("no key of the ring opens it");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(capitalised(what) + " could not be decrypted with these keys", e);
        }
    }

    /** Whether a stored value is an envelope wrapped by the newest key, so the rotation job leaves it alone. */
    public boolean isCurrent(byte[] stored) {
        return stored == null || stored.length >= 1 + LENGTH_BYTES + 5 && stored[0] == ENVELOPE
                && stored[1 + LENGTH_BYTES] == TINK_PREFIX
                && ByteBuffer.wrap(stored, 2 + LENGTH_BYTES, 4).getInt() == keyring.primaryId();
    }

    /**
     * The bytes a current value holds from its sixth byte on (in SQL, {@code substring(v FROM 6 FOR 5)}) after the
     * format byte {@code 2}: Tink's prefix and the newest key's id. Lets a job find old values without reading all.
     */
    public byte[] currentKeyMarker() {
        return ByteBuffer.allocate(5).put(TINK_PREFIX).putInt(keyring.primaryId()).array();
    }

    /** The value sealed again with a fresh data key under the newest key (what the rotation job writes back). */
    public byte[] reseal(byte[] stored, String context) {
        return encrypt(decrypt(stored, context), context);
    }

    /** What this cipher encrypts, for messages and metrics. */
    public String what() {
        return what;
    }

    private static byte[] aad(String context) {
        return context.getBytes(StandardCharsets.UTF_8);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
