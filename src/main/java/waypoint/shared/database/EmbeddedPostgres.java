package waypoint.shared.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server process, started from the binaries shipped in the zonky binaries jar and kept in a
 * data directory of our own, so what a user enters survives a restart.
 *
 * <p>We start the binaries ourselves rather than through zonky's launcher because PostgreSQL refuses to run as
 * root: when the JVM is root (containers, CI) every command runs through {@code unshare --user} with the current
 * user mapped to an unprivileged uid, which PostgreSQL accepts and which keeps the files owned by the real user.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String SUPERUSER = "postgres";

    private final Path binaries;
    private final Path dataDirectory;
    private final int port;
    private final boolean asRoot;
    private volatile boolean running;

    private EmbeddedPostgres(Path binaries, Path dataDirectory, int port, boolean asRoot) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.asRoot = asRoot;
    }

    /** Starts a server on a free port, initialising the data directory when it is new. */
    public static EmbeddedPostgres start(Path home, boolean fresh) {
        try {
            Path dataDirectory = home.resolve("postgres").toAbsolutePath();
            if (fresh) {
                deleteRecursively(dataDirectory);
            }
            boolean asRoot = "root".equals(System.getProperty("user.name"));
            Path binaries = extractBinaries(home.resolve("postgres-binaries").toAbsolutePath());
            var server = new EmbeddedPostgres(binaries, dataDirectory, freePort(), asRoot);
            server.stopLeftoverServer();
            if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
                server.initialise();
            }
            server.startServer();
            return server;
        } catch (IOException e) {
            throw new EmbeddedDatabaseUnavailableException("could not prepare " + home + ": " + e.getMessage(), e);
        }
    }

    /**
     * The server of the data directory {@code home}: the one already running there (a Waypoint that is up), which is
     * left running when this is closed, or else one started for the purpose and stopped when this is closed.
     */
    public static EmbeddedPostgres runningOrStarted(Path home) {
        Path dataDirectory = home.resolve("postgres").toAbsolutePath();
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (Files.exists(pidFile)) {
                // postmaster.pid: pid, data directory, start time, port, ... (PostgreSQL's own layout)
                List<String> lines = Files.readAllLines(pidFile);
                if (lines.size() >= 4 && lines.get(3).strip().matches("\\d+") && processAlive(lines.get(0).strip())) {
                    boolean asRoot = "root".equals(System.getProperty("user.name"));
                    Path binaries = extractBinaries(home.resolve("postgres-binaries").toAbsolutePath());
                    return new EmbeddedPostgres(binaries, dataDirectory, Integer.parseInt(lines.get(3).strip()), asRoot);
                }
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseUnavailableException("could not read " + pidFile + ": " + e.getMessage(), e);
        }
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            throw new EmbeddedDatabaseUnavailableException("there is no database in " + home.toAbsolutePath(), null);
        }
        return start(home, false);
    }

    private static boolean processAlive(String pid) {
        return pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Where this server keeps its data (PostgreSQL's data directory). */
    public Path dataDirectory() {
        return dataDirectory;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String username() {
        return SUPERUSER;
    }

    public int port() {
        return port;
    }

    private void initialise() throws IOException {
        Files.createDirectories(dataDirectory);
        run(Duration.ofMinutes(2), bin("initdb"), "-D", dataDirectory.toString(), "-U", SUPERUSER,
                "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
    }

    private void startServer() {
        run(Duration.ofMinutes(1), bin("pg_ctl"), "start", "-w", "-t", "60", "-D", dataDirectory.toString(),
                "-l", dataDirectory.resolveSibling("postgres.log").toString(),
                "-o", "-p " + port + " -h 127.0.0.1 -k '' -F -c max_connections=60 -c shared_buffers=64MB");
        running = true;
        log.info("Embedded PostgreSQL started on port {} with data in {}", port, dataDirectory);
    }

    /**
     * Restarts the server on the same port and data, as an operator's restart does: a fast shutdown (connections in
     * use are ended, SQLSTATE 57P01) and a start. For the faults benchmark (docs/reliability.md).
     */
    public synchronized void restart() {
        run(Duration.ofMinutes(2), bin("pg_ctl"), "restart", "-m", "fast", "-w", "-t", "60", "-D",
                dataDirectory.toString(), "-l", dataDirectory.resolveSibling("postgres.log").toString(),
                "-o", "-p " + port + " -h 127.0.0.1 -k '' -F -c max_connections=60 -c shared_buffers=64MB");
        running = true;
        log.info("Embedded PostgreSQL restarted on port {}", port);
    }

    /** A JVM killed outright leaves its server running on our data directory; stop it before starting ours. */
    private void stopLeftoverServer() {
        if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            try {
                run(Duration.ofSeconds(60), bin("pg_ctl"), "stop", "-m", "fast", "-w", "-D", dataDirectory.toString());
            } catch (EmbeddedDatabaseUnavailableException notRunning) {
                log.debug("No leftover server: {}", notRunning.getMessage());
            }
        }
    }

    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        try {
            run(Duration.ofSeconds(60), bin("pg_ctl"), "stop", "-m", "fast", "-w", "-D", dataDirectory.toString());
        } catch (RuntimeException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    /**
     * From now on the server asks for a password on every connection (SCRAM), and the superuser's is
     * {@code password}: production's embedded database is not open to anyone who reaches its port
     * ({@link EmbeddedDatabasePassword}). Connects with the password, which the server accepts before as after.
     */
    public void requirePassword(String password) {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(jdbcUrl(), SUPERUSER, password);
                java.sql.Statement sql = connection.createStatement()) {
            sql.execute("SET password_encryption = 'scram-sha-256'");
            sql.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password.replace("'", "''") + "'");
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
                    # Written by Waypoint: a password on every connection (production's embedded database)
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
            sql.execute("SELECT pg_reload_conf()");
        } catch (java.sql.SQLException | IOException e) {
            throw new EmbeddedDatabaseUnavailableException("could not set the database password: " + e.getMessage(), e);
        }
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private void run(Duration timeout, String... command) {
        List<String> full = new ArrayList<>();
        if (asRoot) {
            full.addAll(List.of("unshare", "--user", "--map-user=1000", "--map-group=1000"));
        }
        full.addAll(List.of(command));
        try {
            Path output = Files.createTempFile("waypoint-pg", ".log");
            Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            String text = Files.readString(output);
            Files.deleteIfExists(output);
            if (!finished) {
                process.destroyForcibly();
                throw new EmbeddedDatabaseUnavailableException(command[0] + " did not finish in " + timeout, null);
            }
            if (process.exitValue() != 0) {
                throw new EmbeddedDatabaseUnavailableException(
                        Path.of(command[0]).getFileName() + " failed (exit " + process.exitValue() + "): " + text.strip(), null);
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseUnavailableException("could not run " + full.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseUnavailableException("interrupted", e);
        }
    }

    private static Path extractBinaries(Path target) throws IOException {
        if (Files.exists(target.resolve(".complete"))) {
            return target;
        }
        deleteRecursively(target);
        Files.createDirectories(target);
        try (InputStream archive = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (archive == null) {
                throw new EmbeddedDatabaseUnavailableException(ARCHIVE + " is not on the class path", null);
            }
            try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archive)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path path = target.resolve(entry.getName()).normalize();
                    if (!path.startsWith(target)) {
                        continue;
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(path);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(path.getParent());
                        Files.deleteIfExists(path);
                        Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(path.getParent());
                        Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                    }
                }
            }
        }
        Files.createFile(target.resolve(".complete"));
        return target;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0100) != 0) {
            set.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return set;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
