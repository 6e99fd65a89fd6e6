package waypoint.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.audit.AuditCursor;
import waypoint.audit.AuditEntry;
import waypoint.audit.AuditPage;
import waypoint.audit.AuditSearch;

/**
 * The audit_event table: appended to, and searched newest first with keyset pagination. It has no update or delete,
 * and the table's trigger would refuse one.
 */
@Repository
public class AuditEventStore {

    private static final String COLUMNS = "id, occurred_at, actor_id, actor_name, actor_email, remote_address, "
            + "record_type, record_id, action, before_summary, after_summary, sensitive, reason";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    /** Days in a search are the clock's: Europe/London. */
    AuditEventStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    void append(AuditEntry entry) {
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, actor_id, actor_name, actor_email, remote_address, record_type,
                                         record_id, action, before_summary, after_summary, sensitive, reason)
                VALUES (:occurredAt, :actorId, :actorName, :actorEmail, :remoteAddress, :recordType,
                        :recordId, :action, :before, :after, :sensitive, :reason)""")
                .param("occurredAt", utc(entry.occurredAt())).param("actorId", entry.actorId())
                .param("actorName", entry.actorName()).param("actorEmail", entry.actorEmail())
                .param("remoteAddress", entry.remoteAddress()).param("recordType", entry.recordType())
                .param("recordId", entry.recordId()).param("action", entry.action()).param("before", entry.before())
                .param("after", entry.after()).param("sensitive", entry.sensitive()).param("reason", entry.reason())
                .update();
    }

    /** One page, newest first: one query, which each filter narrows through its own index. */
    public AuditPage search(AuditSearch search, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (search.recordType() != null) {
            where.add("lower(record_type) = lower(:recordType)");
            params.put("recordType", search.recordType());
        }
        if (search.recordId() != null) {
            where.add("record_id = :recordId");
            params.put("recordId", search.recordId());
        }
        if (search.action() != null) {
            where.add("action = :action");
            params.put("action", search.action());
        }
        if (search.actor() != null) {
            where.add("lower(actor_name || ' ' || coalesce(actor_email, '')) LIKE :actor");
            params.put("actor", "%" + escapeLike(search.actor().toLowerCase()) + "%");
        }
        if (search.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", utc(search.from().atStartOfDay(zone).toInstant()));
        }
        if (search.to() != null) {
            where.add("occurred_at < :to");
            params.put("to", utc(search.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (search.before() != null) {
            where.add("(occurred_at, id) < (:beforeAt, :beforeId)");
            params.put("beforeAt", utc(search.before().occurredAt()));
            params.put("beforeId", search.before().id());
        }
        String sql = "SELECT " + COLUMNS + " FROM audit_event"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY occurred_at DESC, id DESC LIMIT " + (size + 1);
        List<AuditEntry> rows = jdbc.sql(sql).params(params).query(AuditEventStore::entry).list();
        boolean more = rows.size() > size;
        List<AuditEntry> page = more ? rows.subList(0, size) : rows;
        return new AuditPage(List.copyOf(page), more ? Optional.of(page.get(size - 1).cursor()) : Optional.empty());
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getString("actor_email"),
                rs.getString("remote_address"), rs.getString("record_type"), rs.getString("record_id"),
                rs.getString("action"), rs.getString("before_summary"), rs.getString("after_summary"),
                rs.getBoolean("sensitive"), rs.getString("reason"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The text is searched for as typed: LIKE's wildcards in it are escaped (backslash is PostgreSQL's default). */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
