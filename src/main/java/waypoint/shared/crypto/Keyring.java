package waypoint.shared.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.util.SecretBytes;

/**
 * The key-encryption keys of one kind of sealed data, as a Tink keyset: the first key given encrypts, every key
 * given decrypts, and each is known by an id derived from the key itself, which Tink stores in front of what the key
 * wraps. Adding a new key in front of the old ones is a rotation (docs/adr/0012-envelope-encryption-with-tink.md).
 */
final class Keyring {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Aead keyEncryption;
    private final int primaryId;
    private final List<Aead> legacy;

    private Keyring(Aead keyEncryption, int primaryId, List<Aead> legacy) {
        this.keyEncryption = keyEncryption;
        this.primaryId = primaryId;
        this.legacy = legacy;
    }

    /**
     * One key or several (32 random bytes each, in base64), separated by commas, spaces or new lines, the newest
     * first; {@code source} names where they came from, for messages.
     */
    static Keyring of(String keys, String source) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String key : keys.strip().split("[,\\s]+")) {
            if (!key.isBlank()) {
                distinct.add(key.strip());
            }
        }
        if (distinct.isEmpty()) {
            throw new IllegalStateException(source + " holds no key: give 32 random bytes in base64"
                    + " (for example: openssl rand -base64 32)");
        }
        try {
            AesGcmParameters wrapping = AesGcmParameters.builder().setKeySizeBytes(32).setIvSizeBytes(12)
                    .setTagSizeBytes(16).setVariant(AesGcmParameters.Variant.TINK).build();
            AesGcmParameters raw = AesGcmParameters.builder().setKeySizeBytes(32).setIvSizeBytes(12)
                    .setTagSizeBytes(16).setVariant(AesGcmParameters.Variant.NO_PREFIX).build();
            KeysetHandle.Builder keyset = KeysetHandle.newBuilder();
            List<Aead> legacy = new ArrayList<>();
            Set<Integer> ids = new LinkedHashSet<>();
            int primary = 0;
            for (String text : distinct) {
                byte[] bytes = decode(text, source);
                int id = idOf(bytes);
                if (!ids.add(id)) {
                    continue;
                }
                SecretBytes secret = SecretBytes.copyFrom(bytes, InsecureSecretKeyAccess.get());
                KeysetHandle.Builder.Entry entry = KeysetHandle.importKey(AesGcmKey.builder().setParameters(wrapping)
                        .setKeyBytes(secret).setIdRequirement(id).build()).withFixedId(id);
                if (ids.size() == 1) {
                    entry.makePrimary();
                    primary = id;
                }
                keyset.addEntry(entry);
                // values written before envelopes (format 1 of docs/adr/0002) were sealed with the key itself
                legacy.add(AesGcmJce.create(AesGcmKey.builder().setParameters(raw).setKeyBytes(secret).build()));
            }
            Aead keyEncryption = keyset.build().getPrimitive(RegistryConfiguration.get(), Aead.class);
            return new Keyring(keyEncryption, primary, List.copyOf(legacy));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The keys in " + source + " could not be used: " + e.getMessage(), e);
        }
    }

    /** Wraps data keys: the newest key encrypts, any key of the ring decrypts (the id in front says which). */
    Aead keyEncryption() {
        return keyEncryption;
    }

    /** The id of the key that encrypts now. */
    int primaryId() {
        return primaryId;
    }

    /** Every key as plain AES-GCM, for values sealed before envelopes. */
    List<Aead> legacy() {
        return legacy;
    }

    /** A key's id: the first four bytes of its SHA-256, so the same key has the same id wherever it is given. */
    static int idOf(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            int id = ByteBuffer.wrap(digest).getInt();
            return id == 0 ? 1 : id;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64: give 32 random bytes in base64"
                    + " (for example: openssl rand -base64 32)");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(source + " must be 32 bytes (AES-256) in base64, not " + bytes.length
                    + " (for example: openssl rand -base64 32)");
        }
        return bytes;
    }
}
