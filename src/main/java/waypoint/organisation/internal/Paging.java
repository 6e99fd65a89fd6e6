package waypoint.organisation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.shared.web.PageOf;

/**
 * Runs a list query as one page (LIMIT and OFFSET) and a COUNT of all the rows that match. What a row shows beyond
 * its own table (a learner's employer, a tutor's caseload) is read afterwards for the page's rows alone, in one
 * grouped query, never for every row that matches.
 */
public final class Paging {

    private Paging() {
    }

    public static <T> PageOf<T> page(JdbcClient jdbc, String select, String from, Where where, String orderBy,
            ListRequest request, RowMapper<T> rows) {
        return page(jdbc, select, from, from, where, orderBy, request, rows);
    }

    /**
     * As above, counting over {@code countFrom}, which names only the tables the conditions need: the count of a list
     * sorted by a joined table's column need not join it.
     */
    public static <T> PageOf<T> page(JdbcClient jdbc, String select, String countFrom, String from, Where where,
            String orderBy, ListRequest request, RowMapper<T> rows) {
        long total = jdbc.sql("SELECT count(*) FROM " + countFrom + where.sql()).params(where.params())
                .query(Long.class).single();
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", request.size());
        params.put("offset", request.offset());
        List<T> items = total == 0 ? List.of()
                : jdbc.sql("SELECT " + select + " FROM " + from + where.sql() + " ORDER BY " + orderBy
                        + " LIMIT :limit OFFSET :offset").params(params).query(rows).list();
        return new PageOf<>(items, request.page(), request.size(), total);
    }
}
