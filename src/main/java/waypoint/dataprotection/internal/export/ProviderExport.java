package waypoint.dataprotection.internal.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.ProviderProfile;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.csv.CsvTable;
import waypoint.shared.files.FileStore;
import waypoint.shared.portability.ProviderDataSource;

/**
 * The whole provider's data as one ZIP (docs/domain/provider-export.md), for administrators: every module's tables,
 * each through its {@link ProviderDataSource}, as JSON lines and as CSV, then every file a row names, then the
 * manifest that lists them. Written as it is read, table by table and row by row (the database answers in batches),
 * never held whole; each export is in the audit trail.
 */
@Service
public class ProviderExport {

    public static final String FORMAT = "waypoint-provider-export/1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    /** The order modules are written in: what others point to first, so an import can load them in this order. */
    static final List<String> ORDER = List.of("identity", "organisation", "catalogue", "documents", "enrolment",
            "otj", "portfolio", "review", "delivery", "epa", "supportcase", "feedback", "safeguarding", "admissions",
            "notification", "reporting", "dataprotection", "audit");

    /** What one export wrote. */
    public record Written(int tables, long rows, int files, List<String> missingFiles) {
    }

    private final List<ProviderDataSource> sources;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate transaction;
    private final FileStore files;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ProviderProfile provider;

    ProviderExport(List<ProviderDataSource> sources, DataSource dataSource, PlatformTransactionManager transactions,
            FileStore files, Clock clock, ApplicationEventPublisher events, ProviderProfile provider) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(s -> {
            int at = ORDER.indexOf(s.module());
            return at < 0 ? ORDER.size() : at;
        })).toList();
        this.streaming = new JdbcTemplate(dataSource);
        // PostgreSQL sends rows in batches only inside a transaction with a fetch size
        this.streaming.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.transaction = new TransactionTemplate(transactions);
        this.files = files;
        this.clock = clock;
        this.events = events;
        this.provider = provider;
    }

    /**
     * An export of the Waypoint behind {@code dataSource}, its files read from {@code files}: for a database reached
     * without the running application (the round trip through a second, empty database).
     */
    public static ProviderExport reading(List<ProviderDataSource> sources, DataSource dataSource, FileStore files,
            Clock clock) {
        return new ProviderExport(sources, dataSource, new DataSourceTransactionManager(dataSource), files, clock,
                null, null);
    }

    public static boolean mayExport(CurrentUser user) {
        return user != null && user.has(Role.ADMINISTRATOR);
    }

    /** Writes the export in the audit trail and answers its writer, which streams it when the answer is sent. */
    public ProviderExport export(CurrentUser user) {
        if (!mayExport(user)) {
            throw new AccessDeniedException("The whole provider's export is for administrators");
        }
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(status -> events.publishEvent(RecordChanged.created("Provider export", id,
                "The whole provider's data exported by " + user.displayName())));
        return this;
    }

    /** Writes the ZIP to {@code out}, which it does not close. */
    public Written write(OutputStream out) {
        Instant at = clock.instant();
        ZipOutputStream zip = new ZipOutputStream(out);
        Set<String> fileIds = new LinkedHashSet<>();
        List<Map<String, Object>> modules = new ArrayList<>();
        long[] rows = {0};
        int[] tables = {0};
        try {
            for (ProviderDataSource source : sources) {
                List<Map<String, Object>> written = new ArrayList<>();
                for (ProviderDataSource.Table table : source.tables()) {
                    Map<String, Object> t = readOnly.execute(status -> table(zip, source.module(), table, fileIds));
                    rows[0] += (Long) t.get("rows");
                    tables[0]++;
                    written.add(t);
                }
                Map<String, Object> module = new LinkedHashMap<>();
                module.put("module", source.module());
                module.put("tables", written);
                modules.add(module);
            }
            List<String> missing = new ArrayList<>();
            int copied = 0;
            for (String fileId : fileIds) {
                try (InputStream in = files.open(fileId)) {
                    zip.putNextEntry(new ZipEntry("files/" + safe(fileId)));
                    in.transferTo(zip);
                    zip.closeEntry();
                    copied++;
                } catch (IOException notThere) {
                    missing.add(fileId);
                }
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", FORMAT);
            manifest.put("provider", provider == null ? null : provider.details().map(d -> d.name()).orElse(null));
            manifest.put("exportedAt", at.toString());
            manifest.put("schemaVersion", ProviderImport.schemaVersion(streaming));
            manifest.put("modules", modules);
            manifest.put("files", copied);
            manifest.put("missingFiles", missing);
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(PRETTY.writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            zip.flush();
            return new Written(tables[0], rows[0], copied, missing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One table: its rows as JSON lines into the ZIP while the CSV goes to a file aside, then the CSV. */
    private Map<String, Object> table(ZipOutputStream zip, String module, ProviderDataSource.Table table,
            Set<String> fileIds) {
        String base = "data/" + module + "/" + table.name();
        Path csvAside;
        try {
            csvAside = Files.createTempFile("export-" + table.name() + "-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OutputStream csvOut = Files.newOutputStream(csvAside)) {
            zip.putNextEntry(new ZipEntry(base + ".jsonl"));
            Map<String, Object> written = streaming.query(table.select(), (ResultSetExtractor<Map<String, Object>>) rs -> {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnLabel(i));
                }
                CsvTable csv = CsvTable.writingTo(csvOut, columns);
                long count = 0;
                try {
                    while (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        List<Object> cells = new ArrayList<>(columns.size());
                        for (int i = 0; i < columns.size(); i++) {
                            Object value = value(rs, i + 1);
                            row.put(columns.get(i), value);
                            cells.add(value);
                            if (value instanceof String id && columns.get(i).endsWith("file_id") && !id.isBlank()) {
                                fileIds.add(id);
                            }
                        }
                        zip.write(JSON.writeValueAsBytes(row));
                        zip.write('\n');
                        csv.row(cells);
                        count++;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                csv.flush();
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("name", table.name());
                t.put("rows", count);
                t.put("columns", columns);
                t.put("json", base + ".jsonl");
                t.put("csv", base + ".csv");
                return t;
            });
            zip.closeEntry();
            csvOut.close();
            zip.putNextEntry(new ZipEntry(base + ".csv"));
            Files.copy(csvAside, zip);
            zip.closeEntry();
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(csvAside);
            } catch (IOException ignored) {
                // a temporary file the system clears
            }
        }
    }

    /** A value as JSON and CSV write it: ids, moments and dates as text, JSON columns as their text. */
    static Object value(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        if (v == null) {
            return null;
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof java.sql.Array array) {
            Object[] items = (Object[]) array.getArray();
            List<Object> list = new ArrayList<>();
            for (Object item : items) {
                list.add(item == null ? null : item instanceof Number || item instanceof Boolean ? item
                        : String.valueOf(item));
            }
            return list;
        }
        if (v instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (v instanceof Number || v instanceof Boolean || v instanceof String) {
            return v;
        }
        return String.valueOf(v);
    }

    static String safe(String id) {
        return new String(id.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
