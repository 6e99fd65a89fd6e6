package waypoint.dataprotection.internal.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.util.PSQLException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.files.FileStore;
import waypoint.shared.portability.ExportedRows;
import waypoint.shared.portability.ProviderDataSource;
import waypoint.shared.portability.ProviderDataSource.Kind;
import waypoint.shared.portability.ProviderDataSource.Table;

/**
 * A whole provider's export brought into an empty Waypoint (docs/domain/provider-export.md, "Bringing an export into
 * an empty Waypoint"), for administrators. The ZIP is kept aside as a file and read an entry at a time, never whole.
 * The check reads everything (the manifest and its format, every table's rows against this Waypoint's tables, every
 * file a row names) and then loads it all in a transaction it rolls back, so a row the database or a module refuses
 * is found before anything is kept; bringing it in does the same and keeps it, all or nothing. Each module loads its
 * own tables through its {@link ProviderDataSource}, in the order the export was written, ids kept; counters move
 * past the loaded numbers; files go into the file store under their own ids.
 */
@Service
public class ProviderImport {

    /** Numbers read as they were written (an amount's scale kept), for the database to read the same. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
    private static final int BATCH = 500;
    /** The tables named first when a Waypoint is not empty. */
    private static final List<String> FIRST_NAMED = List.of("organisation learner ", "enrolment apprenticeship ",
            "organisation employer ", "organisation staff_member ", "identity user_account ", "organisation provider ");

    /** Something that stops the export coming in: where (a part and table of the export, or the file) and why. */
    public record Problem(String where, String message) {
    }

    /** What one table brings in. */
    public record TableLine(String module, String table, long rows) {
    }

    /** What the check found or the import did. */
    public record Outcome(boolean imported, String provider, String exportedAt, List<TableLine> tables, long rows,
            int files, List<Problem> problems, List<String> notes) {

        public boolean isValid() {
            return problems.isEmpty();
        }

        /** The tables grouped by part of Waypoint, each with its number of rows, in the order they load. */
        public Map<String, Long> rowsByModule() {
            Map<String, Long> byModule = new LinkedHashMap<>();
            tables.forEach(t -> byModule.merge(t.module(), t.rows(), Long::sum));
            return byModule;
        }
    }

    private final List<ProviderDataSource> sources;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final FileStore files;
    private final ApplicationEventPublisher events;

    ProviderImport(List<ProviderDataSource> sources, DataSource dataSource, PlatformTransactionManager transactions,
            FileStore files, ApplicationEventPublisher events) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(s -> {
            int at = ProviderExport.ORDER.indexOf(s.module());
            return at < 0 ? ProviderExport.ORDER.size() : at;
        })).toList();
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.files = files;
        this.events = events;
    }

    /**
     * An import into the Waypoint behind {@code dataSource}, with its files going to {@code files}: for a database
     * reached without the running application (the round trip into a second, empty database).
     */
    public static ProviderImport into(List<ProviderDataSource> sources, DataSource dataSource, FileStore files) {
        return new ProviderImport(sources, dataSource, new DataSourceTransactionManager(dataSource), files, null);
    }

    /** Bringing a whole provider's data in is an administrator's, as taking it out is. */
    public static boolean mayImport(CurrentUser user) {
        return user != null && user.has(Role.ADMINISTRATOR);
    }

    /**
     * Reads the export and loads it in a transaction that is rolled back: what would come in, and what is in the way.
     */
    public Outcome check(CurrentUser user, Path zip) {
        return run(user, zip, false);
    }

    /** Brings the export in, everything or (with any problem) nothing. */
    public Outcome bringIn(CurrentUser user, Path zip) {
        return run(user, zip, true);
    }

    private Outcome run(CurrentUser user, Path path, boolean keep) {
        if (user != null && !mayImport(user)) {
            throw new AccessDeniedException("Bringing in a whole provider's data is for administrators");
        }
        Run run = new Run();
        try (ZipFile zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8)) {
            run.zip = zip;
            read(run);
            if (run.problems.isEmpty()) {
                load(run, keep, user);
            }
        } catch (ZipException | java.io.EOFException notAZip) {
            run.problems.add(new Problem("The file", "This is not a ZIP file, or it is damaged: choose the ZIP file"
                    + " Waypoint made when the provider's data was downloaded"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean imported = keep && run.problems.isEmpty();
        return new Outcome(imported, run.provider, run.exportedAt, run.lines, run.rows, run.fileIds.size(),
                List.copyOf(run.problems), List.copyOf(run.notes));
    }

    /** Where one run has got to. */
    private static final class Run {
        ZipFile zip;
        String provider;
        String exportedAt;
        final List<TableLine> lines = new ArrayList<>();
        long rows;
        /** The tables of the export this Waypoint loads, by source, in load order. */
        final Map<ProviderDataSource, List<Table>> loading = new LinkedHashMap<>();
        final Map<String, String> entryOf = new LinkedHashMap<>();
        final Map<String, Map<String, Column>> columnsOf = new LinkedHashMap<>();
        final Set<String> fileIds = new LinkedHashSet<>();
        final List<Problem> problems = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
    }

    /** A column of one of this Waypoint's tables, as the database describes it. */
    private record Column(String name, String type, boolean generated, boolean identityAlways, boolean counted) {
    }

    // the check: the manifest, each table's rows against this Waypoint's tables, each file, and an empty Waypoint

    private void read(Run run) throws IOException {
        ZipEntry manifestEntry = run.zip.getEntry("manifest.json");
        if (manifestEntry == null) {
            run.problems.add(new Problem("The file", "It has no manifest.json: it is not a whole provider's export"
                    + " made by Waypoint, or it is incomplete"));
            return;
        }
        JsonNode manifest;
        try (InputStream in = run.zip.getInputStream(manifestEntry)) {
            manifest = JSON.readTree(in);
        } catch (JacksonException unreadable) {
            run.problems.add(new Problem("manifest.json", "It cannot be read: the export was changed or is damaged"));
            return;
        }
        String format = manifest.path("format").asString("");
        if (!format.equals(ProviderExport.FORMAT)) {
            run.problems.add(new Problem("manifest.json", format.startsWith("waypoint-provider-export/")
                    ? "The export was made by a newer Waypoint (format " + format + "); this Waypoint reads "
                            + ProviderExport.FORMAT + ": update this Waypoint first"
                    : "This is not a whole provider's export made by Waypoint (a learner's transfer pack is brought"
                            + " in under Transfer packs)"));
            return;
        }
        run.provider = manifest.path("provider").asString(null);
        run.exportedAt = manifest.path("exportedAt").asString(null);
        String theirs = manifest.path("schemaVersion").asString(null);
        String ours = schemaVersion(new JdbcTemplate(dataSource));
        if (theirs != null && ours != null
                && MigrationVersion.fromVersion(theirs).compareTo(MigrationVersion.fromVersion(ours)) > 0) {
            run.problems.add(new Problem("manifest.json", "The export was made by a newer Waypoint (its database at"
                    + " version " + theirs + ", this one at " + ours + "): update this Waypoint first"));
            return;
        }
        Map<String, JsonNode> exported = new LinkedHashMap<>();
        for (JsonNode module : manifest.path("modules")) {
            for (JsonNode table : module.path("tables")) {
                exported.put(module.path("module").asString("") + "/" + table.path("name").asString(""), table);
            }
        }
        Set<String> known = new LinkedHashSet<>();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (ProviderDataSource source : sources) {
            for (Table table : source.tables()) {
                String key = source.module() + "/" + table.name();
                known.add(key);
                JsonNode described = exported.get(key);
                if (described == null) {
                    continue;
                }
                run.loading.computeIfAbsent(source, s -> new ArrayList<>()).add(table);
                run.columnsOf.put(key, columns(jdbc, table.name()));
                readTable(run, source.module(), table, described);
            }
        }
        exported.keySet().stream().filter(key -> !known.contains(key)).forEach(key -> run.problems.add(new Problem(
                where(key), "This Waypoint keeps no such table: the export was made by a newer Waypoint, or changed")));
        List<String> missingThere = new ArrayList<>();
        manifest.path("missingFiles").forEach(id -> missingThere.add(id.asString("")));
        for (String id : run.fileIds) {
            ZipEntry entry = run.zip.getEntry("files/" + ProviderExport.safe(id));
            if (entry == null) {
                if (missingThere.contains(id)) {
                    run.notes.add("The file " + id + " was already missing where the export was made: the record"
                            + " that names it comes in without it");
                } else {
                    run.problems.add(new Problem("files/" + id, "A record names this file but the export does not"
                            + " hold it: the export is incomplete or was changed"));
                }
                continue;
            }
            try (InputStream in = run.zip.getInputStream(entry)) {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (ZipException damaged) {
                run.problems.add(new Problem("files/" + id, "The file is damaged or was changed after the export"
                        + " was made"));
            }
        }
        if (run.problems.isEmpty()) {
            checkEmpty(run, jdbc);
        }
    }

    private void readTable(Run run, String module, Table table, JsonNode described) throws IOException {
        String key = module + "/" + table.name();
        String entryName = described.path("json").asString("data/" + key + ".jsonl");
        ZipEntry entry = run.zip.getEntry(entryName);
        if (entry == null) {
            run.problems.add(new Problem(where(key), "The export does not hold this table's rows (" + entryName
                    + "): it is incomplete or was changed"));
            return;
        }
        run.entryOf.put(key, entryName);
        Map<String, Column> columns = run.columnsOf.get(key);
        for (JsonNode column : described.path("columns")) {
            if (!columns.containsKey(column.asString(""))) {
                run.problems.add(new Problem(where(key), "This Waypoint's table has no column "
                        + column.asString("") + ": the export was made by a newer Waypoint"));
                return;
            }
        }
        long count = 0;
        try (BufferedReader lines = reader(run.zip, entry)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                count++;
                JsonNode row;
                try {
                    row = JSON.readTree(line);
                } catch (JacksonException unreadable) {
                    run.problems.add(new Problem(where(key), "Row " + count + " cannot be read: the export was"
                            + " changed or is damaged"));
                    return;
                }
                if (!row.isObject()) {
                    run.problems.add(new Problem(where(key), "Row " + count + " is not a row of this table"));
                    return;
                }
                for (String name : row.propertyNames()) {
                    if (!columns.containsKey(name)) {
                        run.problems.add(new Problem(where(key), "Row " + count + " has a column this Waypoint's"
                                + " table does not keep (" + name + ")"));
                        return;
                    }
                    JsonNode value = row.get(name);
                    if (name.endsWith("file_id") && value.isString() && !value.asString().isBlank()) {
                        run.fileIds.add(value.asString());
                    }
                }
            }
        } catch (ZipException damaged) {
            run.problems.add(new Problem(where(key), "The table's rows are damaged or were changed after the export"
                    + " was made"));
            return;
        }
        long expected = described.path("rows").asLong(-1);
        if (expected != count) {
            run.problems.add(new Problem(where(key), "The export holds " + count + " rows where its manifest says "
                    + expected + ": it is incomplete or was changed"));
            return;
        }
        run.lines.add(new TableLine(module, table.name(), count));
        run.rows += count;
    }

    /**
     * Empty: every table of the provider's records holds no row, and the tables this Waypoint keeps beside an
     * export's hold nothing their module counts against it (an account that is not an administrator's). What
     * Waypoint is installed with (settings, lists to choose from) does not count: the export's replaces it.
     */
    private void checkEmpty(Run run, JdbcTemplate jdbc) {
        List<String> held = new ArrayList<>();
        for (ProviderDataSource source : sources) {
            for (Table table : source.tables()) {
                if (table.held() == null) {
                    continue;
                }
                Long n = jdbc.queryForObject(table.held(), Long.class);
                if (n != null && n > 0) {
                    held.add(source.module() + " " + table.name() + " (" + n + (n == 1 ? " row)" : " rows)"));
                }
            }
        }
        // the records people recognise first
        held.sort(Comparator.comparingInt(h -> FIRST_NAMED.stream().filter(h::startsWith).findFirst()
                .map(FIRST_NAMED::indexOf).orElse(FIRST_NAMED.size())));
        if (!held.isEmpty()) {
            run.problems.add(new Problem("This Waypoint", "It already holds a provider's data, so nothing was"
                    + " brought in: a whole export goes only into a Waypoint with no learners, apprenticeships,"
                    + " employers, staff or other records yet, and no accounts but its administrators'. Held now: "
                    + String.join(", ", held.subList(0, Math.min(held.size(), 8)))
                    + (held.size() > 8 ? " and " + (held.size() - 8) + " more tables" : "")));
        }
    }

    // the load: one transaction, module by module, each through its own port

    private void load(Run run, boolean keep, CurrentUser user) {
        List<String> kept = new ArrayList<>();
        try {
            transaction.executeWithoutResult(status -> {
                JdbcTemplate jdbc = new JdbcTemplate(dataSource);
                List<Map.Entry<ProviderDataSource, Table>> settings = new ArrayList<>();
                run.loading.forEach((source, tables) -> tables.stream().filter(t -> t.kind() == Kind.SETTINGS)
                        .forEach(t -> settings.add(Map.entry(source, t))));
                for (int i = settings.size() - 1; i >= 0; i--) {
                    jdbc.update("DELETE FROM " + settings.get(i).getValue().name());
                }
                for (Map.Entry<ProviderDataSource, List<Table>> each : run.loading.entrySet()) {
                    ProviderDataSource source = each.getKey();
                    for (Table table : each.getValue()) {
                        String key = source.module() + "/" + table.name();
                        try {
                            source.load(table, new Rows(run, jdbc, key, table.name()));
                        } catch (ExportedRows.Refused refused) {
                            throw new Stopped(new Problem(where(key), refused.getMessage()));
                        } catch (DataAccessException refused) {
                            throw new Stopped(new Problem(where(key), "The database refused a row: "
                                    + databaseSays(refused)));
                        }
                    }
                }
                if (!keep) {
                    // the check keeps nothing; counters are left alone, as a sequence moved is not rolled back
                    status.setRollbackOnly();
                    return;
                }
                for (Map.Entry<ProviderDataSource, List<Table>> each : run.loading.entrySet()) {
                    for (Table table : each.getValue()) {
                        String key = each.getKey().module() + "/" + table.name();
                        moveCounters(jdbc, table.name(), run.columnsOf.get(key));
                    }
                    for (ProviderDataSource.Counter counter : each.getKey().counters()) {
                        Long highest = jdbc.queryForObject(counter.highest(), Long.class);
                        if (highest != null && highest > 0) {
                            jdbc.queryForObject("SELECT setval(?, ?)", Long.class, counter.sequence(), highest);
                        }
                    }
                }
                for (String id : run.fileIds) {
                    ZipEntry entry = run.zip.getEntry("files/" + ProviderExport.safe(id));
                    if (entry == null) {
                        continue;
                    }
                    try (InputStream in = run.zip.getInputStream(entry)) {
                        files.putAs(id, in);
                        kept.add(id);
                    } catch (IOException | IllegalArgumentException failed) {
                        throw new Stopped(new Problem("files/" + id, "The file could not be kept in the file store ("
                                + failed.getMessage() + "): nothing was brought in"));
                    }
                }
                if (events != null) {
                    events.publishEvent(RecordChanged.created("Provider import", UUID.randomUUID(),
                            "The whole provider's data of " + Optional.ofNullable(run.provider).orElse("a provider")
                                    + " (exported " + run.exportedAt + ") brought in by "
                                    + (user == null ? "the application" : user.displayName()) + ": " + run.rows
                                    + " rows, " + run.fileIds.size() + " files"));
                }
            });
        } catch (Stopped stopped) {
            run.problems.add(stopped.problem);
            for (String id : kept) {
                try {
                    files.delete(id);
                } catch (IOException ignored) {
                    // a file left under an id no row names harms nothing
                }
            }
        }
    }

    /** Identity columns and serials move past the highest id loaded. */
    private static void moveCounters(JdbcTemplate jdbc, String table, Map<String, Column> columns) {
        for (Column column : columns.values()) {
            if (!column.counted()) {
                continue;
            }
            String sequence = jdbc.queryForObject("SELECT pg_get_serial_sequence(?, ?)", String.class, table,
                    column.name());
            Long highest = jdbc.queryForObject("SELECT max(" + column.name() + ") FROM " + table, Long.class);
            if (sequence != null && highest != null && highest > 0) {
                jdbc.queryForObject("SELECT setval(?, ?)", Long.class, sequence, highest);
            }
        }
    }

    /** One table's rows read from the ZIP a line at a time and inserted in batches, as their module lets them. */
    private static final class Rows implements ExportedRows {

        private final Run run;
        private final JdbcTemplate jdbc;
        private final String key;
        private final String table;
        private final Map<String, Column> columns;

        Rows(Run run, JdbcTemplate jdbc, String key, String table) {
            this.run = run;
            this.jdbc = jdbc;
            this.key = key;
            this.table = table;
            this.columns = run.columnsOf.get(key);
        }

        @Override
        public long alreadyHere() {
            Long n = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
            return n == null ? 0 : n;
        }

        @Override
        public void insert(UnaryOperator<ObjectNode> change) {
            boolean overriding = columns.values().stream().anyMatch(Column::identityAlways);
            String sql = null;
            List<Object[]> batch = new ArrayList<>();
            try (BufferedReader lines = reader(run.zip, run.zip.getEntry(run.entryOf.get(key)))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    ObjectNode row = change.apply((ObjectNode) JSON.readTree(line));
                    if (row == null) {
                        continue;
                    }
                    List<String> names = new ArrayList<>();
                    for (String name : List.copyOf(row.propertyNames())) {
                        Column column = columns.get(name);
                        if (column == null || column.generated()) {
                            row.remove(name);
                            continue;
                        }
                        names.add(name);
                        row.set(name, asStored(column, row.get(name)));
                    }
                    String rowSql = "INSERT INTO " + table + " (" + String.join(", ", names) + ")"
                            + (overriding ? " OVERRIDING SYSTEM VALUE" : "") + " SELECT " + String.join(", ", names)
                            + " FROM jsonb_populate_record(NULL::" + table + ", CAST(? AS jsonb))";
                    if (!rowSql.equals(sql) || batch.size() >= BATCH) {
                        flush(sql, batch);
                        sql = rowSql;
                    }
                    batch.add(new Object[] {JSON.writeValueAsString(row)});
                }
                flush(sql, batch);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void flush(String sql, List<Object[]> batch) {
            if (sql != null && !batch.isEmpty()) {
                jdbc.batchUpdate(sql, batch);
            }
            batch.clear();
        }

        /** JSON columns were written as their text, and binary ones in Base64: back to what the database reads. */
        private static JsonNode asStored(Column column, JsonNode value) {
            if (value == null || value.isNull() || !value.isString()) {
                return value;
            }
            if (column.type().equals("json") || column.type().equals("jsonb")) {
                return JSON.readTree(value.asString());
            }
            if (column.type().equals("bytea")) {
                byte[] bytes = Base64.getDecoder().decode(value.asString());
                return JSON.getNodeFactory().stringNode("\\x" + HexFormat.of().formatHex(bytes));
            }
            return value;
        }
    }

    /** Stops the load and rolls it back, saying why. */
    private static final class Stopped extends RuntimeException {

        final Problem problem;

        Stopped(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private static Map<String, Column> columns(JdbcTemplate jdbc, String table) {
        Map<String, Column> columns = new LinkedHashMap<>();
        jdbc.query("""
                SELECT column_name, udt_name, is_generated, is_identity, identity_generation, column_default
                FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?
                ORDER BY ordinal_position""", rs -> {
            String defaults = rs.getString("column_default");
            boolean identity = "YES".equals(rs.getString("is_identity"));
            columns.put(rs.getString("column_name"), new Column(rs.getString("column_name"), rs.getString("udt_name"),
                    "ALWAYS".equals(rs.getString("is_generated")),
                    identity && "ALWAYS".equals(rs.getString("identity_generation")),
                    identity || (defaults != null && defaults.startsWith("nextval(") && !defaults.contains("||"))));
        }, table);
        return columns;
    }

    /** The version of the newest migration applied: the schema the export's rows were read from or go into. */
    static String schemaVersion(JdbcTemplate jdbc) {
        try {
            return jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL",
                    String.class).stream().map(MigrationVersion::fromVersion).max(Comparator.naturalOrder())
                    .map(MigrationVersion::getVersion).orElse(null);
        } catch (DataAccessException noHistory) {
            return null;
        }
    }

    private static BufferedReader reader(ZipFile zip, ZipEntry entry) throws IOException {
        return new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8));
    }

    private static String where(String key) {
        return key.replace("/", ", table ");
    }

    private static String databaseSays(DataAccessException refused) {
        Throwable cause = refused.getMostSpecificCause();
        if (cause instanceof BatchUpdateException batch && batch.getNextException() != null) {
            cause = batch.getNextException();
        }
        if (cause instanceof SQLException sql && sql.getNextException() instanceof PSQLException next) {
            cause = next;
        }
        if (cause instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            var server = psql.getServerErrorMessage();
            return server.getMessage() + (server.getDetail() == null ? "" : " (" + server.getDetail() + ")");
        }
        return String.valueOf(cause.getMessage());
    }
}
