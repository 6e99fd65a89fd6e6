package waypoint.shared.database;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Backup and restore of the default run (docs/operations.md, "Backups"): the embedded database and the uploaded
 * files together, in one archive ({@code .tar.gz}) holding {@code backup.properties}, {@code database/} and
 * {@code files/}.
 *
 * <p>The database part is PostgreSQL's own online base backup, taken while Waypoint runs: {@code pg_backup_start},
 * a copy of the data directory, {@code pg_backup_stop} (whose backup label goes into the copy), then the write-ahead
 * log written meanwhile. A server started on the restored copy replays that log and has the database as it was when
 * the backup ended. (The PostgreSQL binaries Waypoint ships have no pg_dump, so the backup needs nothing else.)
 * A restore goes into an empty data directory only, never over live data.
 *
 * <p>The safeguarding key ({@code safeguarding.key}) is not in the archive, on purpose: a backup that someone copies
 * must not carry the key that opens its safeguarding records. Keep the key apart and put it back by hand.
 */
public final class DataDirectoryBackup {

    static final String MANIFEST = "backup.properties";
    static final String DATABASE = "database/";
    static final String FILES = "files/";
    static final String KEY_FILE = "safeguarding.key";
    /** The key of authenticator apps' keys (identity module), likewise kept out of the archive. */
    static final String IDENTITY_KEY_FILE = "identity.key";
    /** The key of learners' declarations (organisation module), likewise kept out of the archive. */
    static final String DECLARATIONS_KEY_FILE = "declarations.key";

    /** Left out of the copy, as PostgreSQL's documentation of base backups allows: made again at start. */
    private static final Set<String> NOT_COPIED = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
            "tablespace_map");
    /** Directories copied empty: their contents are made again at start (pg_wal comes after the backup ends). */
    private static final Set<String> COPIED_EMPTY = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem",
            "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans");

    private DataDirectoryBackup() {
    }

    /** What a backup holds, as its manifest says. */
    public record Summary(Instant takenAt, long files, boolean filesIncluded) {
    }

    /**
     * Backs up the data directory {@code home} to {@code archive}: its database, and the files in {@code files} when
     * that is not null (null when files are kept in object storage, which is backed up where it lives).
     */
    public static Summary backup(Path home, Path files, Path archive, Clock clock) throws IOException {
        List<Path> kept = files != null && Files.isDirectory(files) ? regularFilesUnder(files) : List.of();
        Summary summary = new Summary(clock.instant(), kept.size(), files != null);
        Path partial = archive.resolveSibling(archive.getFileName() + ".part");
        try (EmbeddedPostgres database = EmbeddedPostgres.runningOrStarted(home);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(
                        new BufferedOutputStream(Files.newOutputStream(partial))))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            add(tar, MANIFEST, manifest(summary));
            baseBackup(database, tar);
            for (Path file : kept) {
                add(tar, FILES + files.relativize(file).toString().replace('\\', '/'), file);
            }
        } catch (SQLException failed) {
            Files.deleteIfExists(partial);
            throw new IOException("PostgreSQL refused the backup: " + failed.getMessage(), failed);
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(partial);
            throw failed;
        }
        Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return summary;
    }

    private static void baseBackup(EmbeddedPostgres database, TarArchiveOutputStream tar)
            throws SQLException, IOException {
        Path data = database.dataDirectory();
        String firstSegment;
        String lastSegment;
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                java.util.Objects.requireNonNullElse(System.getenv("WAYPOINT_DB_PASSWORD"), ""));
                Statement sql = connection.createStatement()) {
            try (ResultSet start = sql.executeQuery("SELECT pg_walfile_name(pg_backup_start('waypoint backup', true))")) {
                start.next();
                firstSegment = start.getString(1);
            }
            String label;
            try {
                List<Path> everything;
                try (Stream<Path> walk = Files.walk(data)) {
                    everything = walk.filter(path -> !path.equals(data)).sorted().toList();
                }
                for (Path path : everything) {
                    Path relative = data.relativize(path);
                    String top = relative.getName(0).toString();
                    if (relative.getNameCount() == 1 && NOT_COPIED.contains(top)
                            || relative.getNameCount() > 1 && COPIED_EMPTY.contains(top)) {
                        continue;
                    }
                    addLive(tar, DATABASE + relative.toString().replace('\\', '/'), path);
                }
            } catch (IOException | RuntimeException failed) {
                sql.execute("SELECT pg_backup_stop(false)");
                throw failed;
            }
            try (ResultSet stop = sql.executeQuery(
                    "SELECT labelfile, pg_walfile_name(lsn) FROM pg_backup_stop(false)")) {
                stop.next();
                label = stop.getString(1);
                lastSegment = stop.getString(2);
            }
            add(tar, DATABASE + "backup_label", label.getBytes(StandardCharsets.UTF_8));
        }
        // the log from the backup's start to its end (pg_backup_stop switched to a new segment, so the last is
        // complete); segments kept for later reuse are left out
        try (Stream<Path> wal = Files.list(data.resolve("pg_wal"))) {
            for (Path segment : wal.filter(Files::isRegularFile).sorted().toList()) {
                String name = segment.getFileName().toString();
                if (name.compareTo(firstSegment) >= 0 && name.compareTo(lastSegment) <= 0) {
                    addLive(tar, DATABASE + "pg_wal/" + name, segment);
                }
            }
        }
    }

    /**
     * Restores {@code archive} into the data directory {@code home}, which must be empty or not yet exist (apart from
     * the safeguarding key, which may be put back first); the files go to {@code files}.
     */
    public static Summary restore(Path archive, Path home, Path files) throws IOException {
        if (Files.exists(home) && !isEmptyApartFrom(home, java.util.Set.of(KEY_FILE, IDENTITY_KEY_FILE, DECLARATIONS_KEY_FILE))) {
            throw new IllegalStateException("The data directory " + home.toAbsolutePath() + " is not empty: restore "
                    + "into a new, empty directory (set WAYPOINT_DATA), then start Waypoint on it.");
        }
        Path data = home.resolve("postgres").toAbsolutePath().normalize();
        Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Properties manifest = new Properties();
        long restoredFiles = 0;
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                new BufferedInputStream(Files.newInputStream(archive))))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String name = entry.getName();
                if (name.equals(MANIFEST)) {
                    manifest.load(new InputStreamReader(nonClosing(tar), StandardCharsets.UTF_8));
                } else if (name.startsWith(DATABASE)) {
                    extract(tar, entry, data, name.substring(DATABASE.length()));
                } else if (name.startsWith(FILES) && files != null) {
                    extract(tar, entry, files.toAbsolutePath().normalize(), name.substring(FILES.length()));
                    restoredFiles += entry.isDirectory() ? 0 : 1;
                }
            }
        }
        if (manifest.isEmpty() || !Files.exists(data.resolve("PG_VERSION"))) {
            throw new IllegalStateException(archive + " is not a Waypoint backup: it has no "
                    + (manifest.isEmpty() ? MANIFEST : "database"));
        }
        // the server replays the log up to the end of the backup, then stops cleanly: the directory is ready
        EmbeddedPostgres.start(home, false).close();
        return new Summary(Instant.parse(manifest.getProperty("taken-at")), restoredFiles, files != null);
    }

    private static void extract(TarArchiveInputStream tar, TarArchiveEntry entry, Path root, String name)
            throws IOException {
        if (name.isEmpty()) {
            return;
        }
        Path target = root.resolve(name).normalize();
        if (!target.startsWith(root)) {
            return;
        }
        if (entry.isDirectory()) {
            Files.createDirectories(target);
            return;
        }
        Files.createDirectories(target.getParent());
        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
        if (root.endsWith("postgres")) {
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static byte[] manifest(Summary summary) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("format", "1");
        properties.setProperty("taken-at", summary.takenAt().toString());
        properties.setProperty("files", String.valueOf(summary.files()));
        properties.setProperty("files-included", String.valueOf(summary.filesIncluded()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        properties.store(new OutputStreamWriter(out, StandardCharsets.UTF_8), "Waypoint backup");
        return out.toByteArray();
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static void add(TarArchiveOutputStream tar, String name, Path file) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(file, name);
        tar.putArchiveEntry(entry);
        Files.copy(file, tar);
        tar.closeArchiveEntry();
    }

    /**
     * A file of a running database, which may grow, shrink or go while it is read: exactly the length it had when
     * the entry was written, padded with zeros if it shrank (the log replayed at restore puts every page right),
     * and nothing if it went.
     */
    private static void addLive(TarArchiveOutputStream tar, String name, Path path) throws IOException {
        try {
            if (Files.isDirectory(path)) {
                tar.putArchiveEntry(new TarArchiveEntry(name + "/"));
                tar.closeArchiveEntry();
                return;
            }
            long size = Files.size(path);
            try (InputStream in = Files.newInputStream(path)) {
                TarArchiveEntry entry = new TarArchiveEntry(name);
                entry.setSize(size);
                tar.putArchiveEntry(entry);
                byte[] buffer = new byte[64 * 1024];
                long left = size;
                while (left > 0) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        java.util.Arrays.fill(buffer, (byte) 0);
                        n = (int) Math.min(buffer.length, left);
                    }
                    tar.write(buffer, 0, n);
                    left -= n;
                }
                tar.closeArchiveEntry();
            }
        } catch (NoSuchFileException gone) {
            // dropped while the backup ran: the log replayed at restore drops it too
        }
    }

    private static List<Path> regularFilesUnder(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            // a half-written upload (upload-*.part) has no id yet and is not kept
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".part"))
                    .sorted().toList();
        }
    }

    private static boolean isEmptyApartFrom(Path directory, java.util.Set<String> allowed) throws IOException {
        try (Stream<Path> children = Files.list(directory)) {
            return children.allMatch(child -> allowed.contains(child.getFileName().toString()));
        }
    }

    private static InputStream nonClosing(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
    }
}
