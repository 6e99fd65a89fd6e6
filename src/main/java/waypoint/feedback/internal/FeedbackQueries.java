package waypoint.feedback.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.feedback.FeedbackKind;
import waypoint.feedback.FeedbackStatus;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.web.PageOf;

/**
 * Lists of feedback, narrowed in SQL to what the reader may see (the same rule as {@link FeedbackPolicy}): the
 * quality role everything; other staff the compliments and suggestions and the cases they handle or handled;
 * learners and employer contacts only their own.
 */
@Component
public class FeedbackQueries {

    /** The list's filters: kind, open or closed, stage, only mine, and text in the reference, name or summary. */
    public record Filter(FeedbackKind kind, String state, Integer stage, boolean mine, String q) {
    }

    public record Row(UUID id, String reference, FeedbackKind kind, boolean formal, Integer stage,
            FeedbackStatus status, String complainantName, String summary, Instant receivedAt, LocalDate due,
            String ownerName) {
    }

    private final JdbcClient jdbc;
    private final waypoint.identity.UserAccounts accounts;

    FeedbackQueries(JdbcClient jdbc, waypoint.identity.UserAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public PageOf<Row> list(CurrentUser user, Filter filter, int page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("me", user.id());
        if (!user.has(Role.QUALITY)) {
            if (user.isStaff()) {
                where.add("""
                        (f.kind IN ('COMPLIMENT', 'SUGGESTION') OR f.complainant_account_id = :me
                         OR EXISTS (SELECT 1 FROM feedback_handler h WHERE h.feedback_id = f.id AND h.account_id = :me))""");
            } else {
                where.add("(f.complainant_account_id = :me OR f.representative_account_id = :me)");
            }
        }
        if (filter.kind() != null) {
            where.add("f.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if ("open".equals(filter.state())) {
            where.add("f.status <> 'CLOSED'");
        } else if ("closed".equals(filter.state())) {
            where.add("f.status = 'CLOSED'");
        }
        if (filter.stage() != null) {
            where.add("f.stage = :stage");
            params.put("stage", filter.stage());
        }
        if (filter.mine()) {
            where.add("f.owner_account_id = :me");
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.add("(lower(f.reference) LIKE :q OR lower(f.complainant_name) LIKE :q OR lower(f.summary) LIKE :q)");
            params.put("q", "%" + filter.q().strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String clause = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        long total = jdbc.sql("SELECT count(*) FROM feedback f" + clause).params(params).query(Long.class).single();
        int size = PageOf.DEFAULT_SIZE;
        int number = Math.max(0, Math.min(page, (int) Math.max(0, (total - 1) / size)));
        params.put("limit", size);
        params.put("offset", number * size);
        List<Row> rows = jdbc.sql("""
                SELECT f.id, f.reference, f.kind, f.formal, f.stage, f.status, f.complainant_name, f.summary,
                       f.received_at, f.acknowledge_by, f.respond_by, f.owner_account_id
                FROM feedback f""" + clause + " ORDER BY f.received_at DESC, f.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> {
                    FeedbackStatus status = FeedbackStatus.valueOf(rs.getString("status"));
                    LocalDate ack = rs.getObject("acknowledge_by", LocalDate.class);
                    LocalDate respond = rs.getObject("respond_by", LocalDate.class);
                    LocalDate due = status == FeedbackStatus.RECEIVED && ack != null
                            && (respond == null || ack.isBefore(respond)) ? ack
                            : status == FeedbackStatus.RECEIVED || status == FeedbackStatus.ACKNOWLEDGED ? respond : null;
                    return new Row(rs.getObject("id", UUID.class), rs.getString("reference"),
                            FeedbackKind.valueOf(rs.getString("kind")), rs.getBoolean("formal"),
                            (Integer) rs.getObject("stage"), status, rs.getString("complainant_name"),
                            rs.getString("summary"), rs.getTimestamp("received_at").toInstant(), due,
                            rs.getString("owner_account_id"));
                })
                .list();
        // Owners' names in one query: the owner column holds the account id until here.
        Map<String, String> names = new java.util.HashMap<>();
        accounts.findAll(rows.stream().map(Row::ownerName).filter(java.util.Objects::nonNull).map(UUID::fromString)
                .distinct().toList()).forEach(a -> names.put(a.id().toString(), a.displayName()));
        List<Row> named = rows.stream().map(r -> new Row(r.id(), r.reference(), r.kind(), r.formal(), r.stage(),
                r.status(), r.complainantName(), r.summary(), r.receivedAt(), r.due(),
                r.ownerName() == null ? null : names.get(r.ownerName()))).toList();
        return new PageOf<>(named, number, size, total);
    }
}
