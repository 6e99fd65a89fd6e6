package waypoint.shared.crypto;

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

/**
 * Encrypts one field of a record with AES-GCM before it reaches the database, so a backup, a dump or a reporting
 * query shows only ciphertext. Each value is bound to its record and field (the additional authenticated data), so
 * ciphertext copied to another row or column fails to decrypt rather than showing the wrong value.
 * <p>
 * The key comes from an environment variable (32 bytes in base64). Without it, as in the default run, a key is
 * generated once and kept in a file in the data directory, readable by its owner only; losing that file loses what
 * it encrypted, so production sets the variable from its secret store. Safeguarding narratives and the secrets of
 * authenticator apps are sealed this way, each with its own key.
 */
public class FieldCipher {

    private static final Logger log = LoggerFactory.getLogger(FieldCipher.class);
    private static final byte FORMAT = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final SecretKey key;
    private final String what;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param fromEnvironment the variable's value, blank when unset
     * @param variable the variable's name, for messages
     * @param keyFile the file in the data directory that keeps a generated key
     * @param mayGenerate false in production, where the key must come from outside
     * @param what what is encrypted, for messages ("a safeguarding narrative")
     */
    protected FieldCipher(String fromEnvironment, String variable, Path dataDirectory, String keyFile,
            boolean mayGenerate, String what) {
        // In production a key kept beside the data would be backed up with it: the key must come from outside.
        if (fromEnvironment.isBlank() && !mayGenerate) {
            throw new IllegalStateException("Set " + variable + " (32 random bytes in Base64, for example "
                    + "from `openssl rand -base64 32`): production does not generate the key for " + what);
        }
        this.what = what;
        this.key = new SecretKeySpec(fromEnvironment.isBlank() ? keptKey(dataDirectory, keyFile, variable)
                : decode(fromEnvironment, variable), "AES");
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
            throw new IllegalStateException("Could not encrypt " + what, e);
        }
    }

    public String decrypt(byte[] stored, String context) {
        if (stored == null) {
            return null;
        }
        if (stored.length < 1 + IV_BYTES || stored[0] != FORMAT) {
            throw new IllegalStateException(capitalised(what) + " is not in a format this version can read");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(capitalised(what) + " could not be decrypted with this key", e);
        }
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static byte[] keptKey(Path dataDirectory, String keyFile, String variable) {
        Path file = dataDirectory.resolve(keyFile);
        try {
            Files.createDirectories(dataDirectory);
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    createOwnerOnly(file);
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                    log.info("Generated an encryption key in {} (set {} in production)", file.toAbsolutePath(),
                            variable);
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
            throw new UncheckedIOException("Could not keep the encryption key in " + file, e);
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
