package waypoint.organisation.internal;

import waypoint.shared.web.PageOf;

/**
 * What a list was asked for: an optional search, a page (from 0), a page size (at most {@link #MAXIMUM_SIZE}) and a
 * sort key ("name", or "-name" for descending) that each list checks against its own whitelist.
 */
public record ListRequest(String q, int page, int size, String sort) {

    public static final int MAXIMUM_SIZE = 100;

    public static ListRequest of(String q, Integer page, Integer size, String sort) {
        String search = q == null || q.isBlank() ? null : q.strip();
        int number = page == null || page < 0 ? 0 : Math.min(page, 100_000);
        int perPage = size == null || size < 1 ? PageOf.DEFAULT_SIZE : Math.min(size, MAXIMUM_SIZE);
        return new ListRequest(search, number, perPage, sort == null || sort.isBlank() ? null : sort.strip());
    }

    public static ListRequest firstPage(int size) {
        return new ListRequest(null, 0, size, null);
    }

    public boolean searching() {
        return q != null;
    }

    /** The search as an ILIKE pattern matching it anywhere, with the user's own % and _ taken literally. */
    public String pattern() {
        return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public int offset() {
        return page * size;
    }
}
