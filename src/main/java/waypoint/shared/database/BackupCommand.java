package waypoint.shared.database;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * {@code java -jar waypoint.jar backup <archive>} and {@code restore <archive>}: the default run's backup, without
 * starting Waypoint itself (a backup is taken while Waypoint runs). The data directory is {@code WAYPOINT_DATA}, as
 * for Waypoint. With a database server of one's own ({@code WAYPOINT_DB_URL}) the server's own backups are used
 * instead (docs/operations.md, "Backups").
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    /** Whether the command line asks for a backup or a restore rather than for Waypoint. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command; the exit status (0 when done). */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, Clock clock) {
        if (args.length != 2) {
            out.println("Usage: java -jar waypoint.jar backup <archive.tar.gz>");
            out.println("       java -jar waypoint.jar restore <archive.tar.gz>   (into an empty WAYPOINT_DATA)");
            return 2;
        }
        if (!blank(environment.get("WAYPOINT_DB_URL")) || !blank(environment.get("SPRING_DATASOURCE_URL"))) {
            out.println("Waypoint uses a database server of your own (WAYPOINT_DB_URL): back it up with that server's "
                    + "own tools (pg_dump, or base backups with WAL archiving); see docs/operations.md.");
            return 2;
        }
        Path home = Path.of(blank(environment.get("WAYPOINT_DATA")) ? "./waypoint-data" : environment.get("WAYPOINT_DATA"));
        Path files = !blank(environment.get("WAYPOINT_S3_BUCKET")) ? null
                : blank(environment.get("WAYPOINT_FILES_DIRECTORY")) ? home.resolve("files")
                : Path.of(environment.get("WAYPOINT_FILES_DIRECTORY"));
        Path archive = Path.of(args[1]).toAbsolutePath();
        try {
            if (args[0].equals("backup")) {
                if (!Files.isDirectory(home)) {
                    out.println("There is no data directory at " + home.toAbsolutePath() + " (WAYPOINT_DATA).");
                    return 1;
                }
                DataDirectoryBackup.Summary summary = DataDirectoryBackup.backup(home, files, archive, clock);
                out.println("Backed up the database" + (files == null ? " (files are in the object store: back up "
                        + "the bucket there)" : " and " + summary.files() + " files") + " to " + archive);
                out.println("The safeguarding key is not in the backup: keep a copy of "
                        + home.resolve(DataDirectoryBackup.KEY_FILE).toAbsolutePath() + " somewhere else.");
            } else {
                if (!Files.isRegularFile(archive)) {
                    out.println("There is no backup at " + archive + ".");
                    return 1;
                }
                DataDirectoryBackup.Summary summary = DataDirectoryBackup.restore(archive, home, files);
                out.println("Restored the backup taken at " + summary.takenAt() + " (" + summary.files()
                        + " files) into " + home.toAbsolutePath() + ". Start Waypoint with WAYPOINT_DATA set to it.");
                if (!Files.exists(home.resolve(DataDirectoryBackup.KEY_FILE))) {
                    out.println("Put the safeguarding key back as " + home.resolve(DataDirectoryBackup.KEY_FILE)
                            + " (or set WAYPOINT_SAFEGUARDING_KEY) before starting, or safeguarding records stay closed.");
                }
            }
            return 0;
        } catch (Exception failed) {
            out.println("The " + args[0] + " did not finish: " + failed.getMessage());
            return 1;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
