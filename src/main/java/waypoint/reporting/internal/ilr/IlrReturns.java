package waypoint.reporting.internal.ilr;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.PageOf;

/**
 * The returns kept (reporting's own tables {@code ilr_return} and {@code ilr_return_learner}): each export and what
 * it said of each learner, and what changed between two returns of a year (docs/domain/ilr.md, "Each return kept").
 */
@Repository
public class IlrReturns {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
    };

    /** One return as exported. */
    public record IlrReturn(UUID id, IlrYear year, ReturnPeriod period, int serialNumber, Instant exportedAt,
                            UUID exportedBy, String exportedByName, int learners, int apprenticeshipAims, int errors,
                            int warnings, String fileName, String fileId, long fileSize, String sha256) {

        /** When, as people in England read it. */
        public String exportedAtText() {
            return GovUkDates.time(exportedAt);
        }

        /** The serial number as the file carries it: 01, 02... */
        public String serial() {
            return "%02d".formatted(serialNumber);
        }
    }

    /** One learner as a return said them: reference number, who in Waypoint, name to show, and the fields. */
    public record ExportedLearner(String learnRefNumber, UUID learnerId, String name, Map<String, String> fields) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    IlrReturns(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Holds the year and period for the rest of the transaction, so two exports of the same period at once take
     * serial numbers one after the other.
     */
    void lock(IlrYear year, ReturnPeriod period) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))").param("key", "ilr_return " + year.name() + " "
                + period.name()).query((rs, row) -> 1).single();
    }

    /** The next serial number of the year and period: 1 for the first return of the period. */
    int nextSerial(IlrYear year, ReturnPeriod period) {
        return jdbc.sql("""
                SELECT coalesce(max(serial_number), 0) + 1 FROM ilr_return
                WHERE collection_year = :year AND return_period = :period""")
                .param("year", year.name()).param("period", period.number()).query(Integer.class).single();
    }

    void add(IlrReturn r) {
        jdbc.sql("""
                INSERT INTO ilr_return (id, collection_year, return_period, serial_number, exported_at, exported_by,
                                        exported_by_name, learners, apprenticeship_aims, errors, warnings, file_name,
                                        file_id, file_size, sha256)
                VALUES (:id, :year, :period, :serial, :at, :by, :byName, :learners, :aims, :errors, :warnings, :name,
                        :fileId, :size, :sha)""")
                .param("id", r.id()).param("year", r.year().name()).param("period", r.period().number())
                .param("serial", r.serialNumber()).param("at", Timestamp.from(r.exportedAt()))
                .param("by", r.exportedBy()).param("byName", r.exportedByName()).param("learners", r.learners())
                .param("aims", r.apprenticeshipAims()).param("errors", r.errors()).param("warnings", r.warnings())
                .param("name", r.fileName()).param("fileId", r.fileId()).param("size", r.fileSize())
                .param("sha", r.sha256()).update();
    }

    /** The learners of a return, a batch at a time (the caller keeps the batch small). */
    void addLearners(UUID returnId, List<ExportedLearner> learners) {
        batches.batchUpdate("""
                INSERT INTO ilr_return_learner (return_id, learn_ref_number, learner_id, name, fields)
                VALUES (?, ?, ?, ?, CAST(? AS jsonb))""", learners, learners.size(), (ps, l) -> {
            ps.setObject(1, returnId);
            ps.setString(2, l.learnRefNumber());
            ps.setObject(3, l.learnerId());
            ps.setString(4, l.name() == null ? null : l.name().substring(0, Math.min(200, l.name().length())));
            ps.setString(5, JSON.writeValueAsString(l.fields()));
        });
    }

    public PageOf<IlrReturn> page(int number, int size) {
        long total = jdbc.sql("SELECT count(*) FROM ilr_return").query(Long.class).single();
        List<IlrReturn> items = jdbc.sql("SELECT * FROM ilr_return ORDER BY kept_order DESC LIMIT :size OFFSET :skip")
                .param("size", size).param("skip", (long) number * size).query(IlrReturns::read).list();
        return new PageOf<>(items, number, size, total);
    }

    boolean anyKept(IlrYear year) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM ilr_return WHERE collection_year = :year)")
                .param("year", year.name()).query(Boolean.class).single();
    }

    public Optional<IlrReturn> find(UUID id) {
        return jdbc.sql("SELECT * FROM ilr_return WHERE id = :id").param("id", id).query(IlrReturns::read).optional();
    }

    /** The return of the same year exported just before this one, which its changes are counted from. */
    public Optional<IlrReturn> previous(IlrReturn r) {
        return jdbc.sql("""
                SELECT * FROM ilr_return WHERE collection_year = :year
                  AND kept_order < (SELECT kept_order FROM ilr_return WHERE id = :id)
                ORDER BY kept_order DESC LIMIT 1""")
                .param("year", r.year().name()).param("id", r.id())
                .query(IlrReturns::read).optional();
    }

    /** What changed for one learner between two returns: new, gone, or which fields changed. */
    public record LearnerChange(String learnRefNumber, UUID learnerId, String name, Kind kind,
                                List<FieldChange> fields) {

        public enum Kind {
            NEW, GONE, CHANGED
        }

        public boolean withdrawn() {
            return fields.stream().anyMatch(f -> f.becomes("CompStatus", "3"));
        }

        public boolean completed() {
            return fields.stream().anyMatch(f -> f.becomes("CompStatus", "2"));
        }

        public boolean fundingRelevant() {
            return kind != Kind.CHANGED || fields.stream().anyMatch(FieldChange::fundingRelevant);
        }
    }

    /** One field's value before and after ({@code null} where the file left it out). */
    public record FieldChange(String path, String before, String after) {

        public String words() {
            return IlrFields.words(path);
        }

        public boolean fundingRelevant() {
            return IlrFields.fundingRelevant(path);
        }

        boolean becomes(String field, String value) {
            return path.endsWith("." + field) && value.equals(after) && !value.equals(before);
        }
    }

    /** How many learners are new, gone or changed, and how many withdrew, completed or changed their funding. */
    public record ChangeCounts(long added, long gone, long changed, long withdrawn, long completed,
                               long fundingRelevant) {
    }

    private static final String PAIRS = """
            FROM (SELECT learn_ref_number, learner_id, name, fields FROM ilr_return_learner WHERE return_id = :after) n
            FULL JOIN (SELECT learn_ref_number, learner_id, name, fields FROM ilr_return_learner
                       WHERE return_id = :before) o USING (learn_ref_number)
            WHERE o.fields IS DISTINCT FROM n.fields""";

    /** The learners that differ, in order of their reference number, a page at a time. */
    public PageOf<LearnerChange> changes(UUID after, UUID before, int number, int size) {
        long total = jdbc.sql("SELECT count(*) " + PAIRS).param("after", after).param("before", before)
                .query(Long.class).single();
        List<LearnerChange> items = jdbc.sql("""
                SELECT learn_ref_number, coalesce(n.learner_id, o.learner_id) AS learner_id,
                       coalesce(n.name, o.name) AS name, o.fields AS before, n.fields AS after
                """ + PAIRS + " ORDER BY learn_ref_number LIMIT :size OFFSET :skip")
                .param("after", after).param("before", before).param("size", size)
                .param("skip", (long) number * size).query((rs, row) -> change(rs)).list();
        return new PageOf<>(items, number, size, total);
    }

    public ChangeCounts changeCounts(UUID after, UUID before) {
        long[] c = jdbc.sql("""
                SELECT count(*) FILTER (WHERE o.fields IS NULL) AS added,
                       count(*) FILTER (WHERE n.fields IS NULL) AS gone,
                       count(*) FILTER (WHERE o.fields IS NOT NULL AND n.fields IS NOT NULL) AS changed,
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM jsonb_each_text(n.fields) e
                                        WHERE e.key LIKE '%.CompStatus' AND e.value = '3'
                                          AND (o.fields ->> e.key) IS DISTINCT FROM '3')) AS withdrawn,
                       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM jsonb_each_text(n.fields) e
                                        WHERE e.key LIKE '%.CompStatus' AND e.value = '2'
                                          AND (o.fields ->> e.key) IS DISTINCT FROM '2')) AS completed
                """ + PAIRS).param("after", after).param("before", before)
                .query((rs, row) -> new long[] {rs.getLong("added"), rs.getLong("gone"), rs.getLong("changed"),
                        rs.getLong("withdrawn"), rs.getLong("completed")}).single();
        return new ChangeCounts(c[0], c[1], c[2], c[3], c[4], fundingRelevant(after, before));
    }

    /** Learners whose funding-relevant fields changed, or who are new or gone: read a page at a time in Java. */
    private long fundingRelevant(UUID after, UUID before) {
        long count = 0;
        int page = 0;
        PageOf<LearnerChange> changes;
        do {
            changes = changes(after, before, page++, 1000);
            count += changes.items().stream().filter(LearnerChange::fundingRelevant).count();
        } while (changes.hasNext());
        return count;
    }

    private static LearnerChange change(ResultSet rs) throws SQLException {
        Map<String, String> before = fields(rs.getString("before"));
        Map<String, String> after = fields(rs.getString("after"));
        LearnerChange.Kind kind = before == null ? LearnerChange.Kind.NEW
                : after == null ? LearnerChange.Kind.GONE : LearnerChange.Kind.CHANGED;
        List<FieldChange> fields = new ArrayList<>();
        if (kind == LearnerChange.Kind.CHANGED) {
            TreeSet<String> paths = new TreeSet<>(before.keySet());
            paths.addAll(after.keySet());
            for (String path : paths) {
                if (!Objects.equals(before.get(path), after.get(path))) {
                    fields.add(new FieldChange(path, before.get(path), after.get(path)));
                }
            }
        }
        return new LearnerChange(rs.getString("learn_ref_number"), rs.getObject("learner_id", UUID.class),
                rs.getString("name"), kind, fields);
    }

    private static Map<String, String> fields(String json) {
        return json == null ? null : JSON.readValue(json, FIELDS);
    }

    private static IlrReturn read(ResultSet rs, int row) throws SQLException {
        return new IlrReturn(rs.getObject("id", UUID.class), IlrYear.named(rs.getString("collection_year")),
                new ReturnPeriod(rs.getInt("return_period")), rs.getInt("serial_number"),
                rs.getTimestamp("exported_at").toInstant(), rs.getObject("exported_by", UUID.class),
                rs.getString("exported_by_name"), rs.getInt("learners"), rs.getInt("apprenticeship_aims"),
                rs.getInt("errors"), rs.getInt("warnings"), rs.getString("file_name"), rs.getString("file_id"),
                rs.getLong("file_size"), rs.getString("sha256"));
    }
}
