package waypoint.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the keys of one kind of sealed data come from, and the start-up check on it: the variable
 * ({@code WAYPOINT_SAFEGUARDING_KEY}: one key or several, newest first), else a file named by
 * {@code <variable>_FILE} (a secret mounted by the platform), else, outside production only, a key generated once
 * into the data directory. In production a key in the data directory would be backed up and copied with the data it
 * opens, so Waypoint refuses to start with one (docs/operations.md, "Encryption keys").
 *
 * @param variable the variable's name, for messages ("WAYPOINT_SAFEGUARDING_KEY")
 * @param value the variable's value, blank when unset
 * @param file the value of {@code <variable>_FILE}, blank when unset
 * @param keptFile the file name a generated key is kept under in the data directory ("safeguarding.key")
 * @param what what the key encrypts, for messages ("safeguarding narratives")
 */
public record KeySource(String variable, String value, String file, String keptFile, String what) {

    private static final Logger log = LoggerFactory.getLogger(KeySource.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    public KeySource {
        value = value == null ? "" : value;
        file = file == null ? "" : file;
    }

    /**
     * The keys' text, checked: in {@code production} the key must come from the variable or from a file outside
     * {@code dataDirectory}, and nothing is generated.
     *
     * @throws IllegalStateException with a message saying what to set, when the key may not be used
     */
    public String keys(Path dataDirectory, boolean production) {
        if (!value.isBlank()) {
            return value;
        }
        if (!file.isBlank()) {
            Path path = Path.of(file);
            if (production && inside(path, dataDirectory)) {
                throw new IllegalStateException(variable + "_FILE names " + path + ", inside the data directory "
                        + dataDirectory.toAbsolutePath().normalize() + ": in production the key for " + what
                        + " must be kept apart from the data it opens (a secret store or a mounted secret), or a"
                        + " backup of the data carries its key");
            }
            try {
                return Files.readString(path);
            } catch (IOException e) {
                throw new IllegalStateException("Could not read " + path + " (" + variable + "_FILE): "
                        + e.getMessage(), e);
            }
        }
        if (production) {
            throw new IllegalStateException("Set " + variable + " (32 random bytes in base64, for example from"
                    + " `openssl rand -base64 32`) or " + variable + "_FILE (a file outside the data directory"
                    + " holding it): production does not generate the key for " + what);
        }
        return kept(dataDirectory);
    }

    private static boolean inside(Path file, Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        Path candidate = file.toAbsolutePath().normalize();
        try {
            if (Files.exists(dir)) {
                dir = dir.toRealPath();
            }
            if (Files.exists(candidate)) {
                candidate = candidate.toRealPath();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return candidate.startsWith(dir);
    }

    private String kept(Path dataDirectory) {
        Path path = dataDirectory.resolve(keptFile);
        try {
            Files.createDirectories(dataDirectory);
            if (!Files.exists(path)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try {
                    createOwnerOnly(path);
                    Files.writeString(path, Base64.getEncoder().encodeToString(fresh));
                    log.info("Generated an encryption key in {} (set {} in production)", path.toAbsolutePath(),
                            variable);
                } catch (FileAlreadyExistsException anotherNodeWroteIt) {
                    // Read what the other writer kept below.
                }
            }
            if (Files.getFileStore(path).supportsFileAttributeView("posix")
                    && !Files.getPosixFilePermissions(path).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(path, OWNER_ONLY);
            }
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the encryption key in " + path, e);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
    }
}
