package waypoint.safeguarding.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the narrative of concerns (what was disclosed, referral reference numbers, outcomes) with AES-GCM before it
 * reaches the database, so a backup, a dump or a reporting query shows only ciphertext. Each value is bound to its
 * record and field (the additional authenticated data), so ciphertext copied to another row or column fails to
 * decrypt rather than showing the wrong story.
 * <p>
 * The key comes from the environment ({@code WAYPOINT_SAFEGUARDING_KEY}, 32 bytes in base64). Without it, as in the
 * default run, a key is generated once and kept in {@code safeguarding.key} in the data directory, readable by its
 * owner only; losing that file loses the narratives, so production sets the variable from its secret store.
 */
@Component
public class NarrativeCipher {

    private static final Logger log = LoggerFactory.getLogger(NarrativeCipher.class);
    private static final byte FORMAT = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    static final String KEY_FILE = "safeguarding.key";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    NarrativeCipher(@Value("${WAYPOINT_SAFEGUARDING_KEY:}") String fromEnvironment,
            @Value("${waypoint.data-directory}") Path dataDirectory,
            @Value("${waypoint.safeguarding.generate-key:true}") boolean mayGenerate) {
        // In production a key kept beside the data would be backed up with it: the key must come from outside.
        if (fromEnvironment.isBlank() && !mayGenerate) {
            throw new IllegalStateException("Set WAYPOINT_SAFEGUARDING_KEY (32 random bytes in Base64, for example "
                    + "from `openssl rand -base64 32`): production does not generate the safeguarding key");
        }
        this.key = new SecretKeySpec(fromEnvironment.isBlank() ? keptKey(dataDirectory) : decode(fromEnvironment,
                "WAYPOINT_SAFEGUARDING_KEY"), "AES");
    }

    /** Null stays null: an empty optional field has nothing to hide. */
    public byte[] encrypt(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(FORMAT).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a safeguarding narrative", e);
        }
    }

    public String decrypt(byte[] stored, String context) {
        if (stored == null) {
            return null;
        }
        if (stored.length < 1 + IV_BYTES || stored[0] != FORMAT) {
            throw new IllegalStateException("A safeguarding narrative is not in a format this version can read");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A safeguarding narrative could not be decrypted with this key", e);
        }
    }

    private static byte[] keptKey(Path dataDirectory) {
        Path file = dataDirectory.resolve(KEY_FILE);
        try {
            Files.createDirectories(dataDirectory);
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    createOwnerOnly(file);
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                    log.info("Generated a safeguarding encryption key in {} (set WAYPOINT_SAFEGUARDING_KEY in production)",
                            file.toAbsolutePath());
                } catch (FileAlreadyExistsException anotherNodeWroteIt) {
                    // Read what the other writer kept below.
                }
            }
            if (Files.getFileStore(file).supportsFileAttributeView("posix")
                    && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            return decode(Files.readString(file).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the safeguarding key in " + file, e);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not base64: give 32 random bytes in base64"
                    + " (for example: openssl rand -base64 32)");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(source + " must be 32 bytes (AES-256) in base64, not " + bytes.length);
        }
        return bytes;
    }
}
