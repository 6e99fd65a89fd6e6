package waypoint.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.identity.AccountStatus;
import waypoint.identity.AccountSummary;
import waypoint.identity.Role;
import waypoint.shared.web.PageOf;

/**
 * The administrators' list of accounts: a page at a time, by name, filtered by part of a name or email (trigram
 * indexes, V20) and by what state the account is in. Roles for the whole page come in one second query.
 */
@Component
class AccountSearch {

    /** What the administrator is looking for; "locked" is a state of its own though it is not a status. */
    enum Filter {
        ALL, INVITED, ACTIVE, DISABLED, LOCKED
    }

    private final JdbcClient jdbc;

    AccountSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageOf<AccountSummary> find(String text, Filter filter, int page, Instant now) {
        String search = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        StringBuilder where = new StringBuilder(" WHERE true");
        if (!search.isEmpty()) {
            where.append(" AND (lower(email) LIKE :pattern OR lower(display_name) LIKE :pattern)");
        }
        if (filter == Filter.LOCKED) {
            where.append(" AND locked_until > :now");
        } else if (filter != Filter.ALL) {
            where.append(" AND status = :status");
        }
        Map<String, Object> params = Map.of("pattern", "%" + escapeLike(search) + "%", "status", filter.name(),
                "now", Timestamp.from(now));
        long total = jdbc.sql("SELECT count(*) FROM user_account" + where).params(params).query(Long.class).single();
        int number = Math.max(0, page);
        List<Row> rows = jdbc.sql("SELECT id, email, display_name, status, locked_until FROM user_account" + where
                        + " ORDER BY lower(display_name), id LIMIT :size OFFSET :offset")
                .params(params).param("size", PageOf.DEFAULT_SIZE).param("offset", (long) number * PageOf.DEFAULT_SIZE)
                .query(Row.class).list();
        Map<UUID, Set<Role>> roles = rolesOf(rows.stream().map(Row::id).toList());
        List<AccountSummary> items = rows.stream().map(row -> new AccountSummary(row.id(), row.email(),
                row.displayName(), roles.getOrDefault(row.id(), Set.of()), AccountStatus.valueOf(row.status()),
                row.lockedUntil())).toList();
        return new PageOf<>(items, number, PageOf.DEFAULT_SIZE, total);
    }

    Set<UUID> createdOnFirstSignOn(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT id FROM user_account WHERE id IN (:ids) AND created_on_first_sign_on_at IS NOT NULL")
                .param("ids", ids).query(UUID.class).list());
    }

    private Map<UUID, Set<Role>> rolesOf(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT user_id, role FROM user_role WHERE user_id IN (:ids)").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject("user_id", UUID.class), Role.valueOf(rs.getString("role"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    record Row(UUID id, String email, String displayName, String status, Instant lockedUntil) {
    }
}
