package waypoint.organisation.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A list's sort: a key from the list's whitelist, ascending or descending. Only whitelisted SQL ever reaches a
 * query: an unknown key falls back to the list's default.
 */
public record SortOrder(String key, boolean descending) {

    public static SortOrder parse(String requested, Map<String, List<String>> whitelist, String defaultKey) {
        if (requested != null) {
            boolean descending = requested.startsWith("-");
            String key = descending ? requested.substring(1) : requested;
            if (whitelist.containsKey(key)) {
                return new SortOrder(key, descending);
            }
        }
        return new SortOrder(defaultKey, false);
    }

    /** The ORDER BY list: the key's expressions in this direction, then the tiebreaker so pages never overlap. */
    public String orderBy(Map<String, List<String>> whitelist, String tiebreaker) {
        String direction = descending ? " DESC" : "";
        return whitelist.get(key).stream().map(expression -> expression + direction)
                .collect(Collectors.joining(", ")) + ", " + tiebreaker;
    }

    /** The request parameter for this sort. */
    public String parameter() {
        return descending ? "-" + key : key;
    }
}
