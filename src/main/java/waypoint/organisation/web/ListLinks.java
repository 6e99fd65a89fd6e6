package waypoint.organisation.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import waypoint.organisation.internal.SortOrder;

/**
 * The links of a list page: the list's own address with its search, filters and sort (for pagination), and the
 * address each sortable column header links to (the same list sorted by that column, from the first page).
 */
public final class ListLinks {

    private final String path;
    private final Map<String, String> params;
    private final SortOrder sort;

    ListLinks(String path, Map<String, String> params, SortOrder sort) {
        this.path = path;
        this.params = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                this.params.put(name, value);
            }
        });
        this.sort = sort;
    }

    /** This list, for the pagination links to add their page to. */
    public String url() {
        return build(sort.parameter());
    }

    /** Sorted by a column: ascending, or descending when it is already sorted ascending by it. */
    public String sortUrl(String key) {
        boolean descending = sort.key().equals(key) && !sort.descending();
        return build(descending ? "-" + key : key);
    }

    /** The aria-sort value of a column header. */
    public String ariaSort(String key) {
        if (!sort.key().equals(key)) {
            return "none";
        }
        return sort.descending() ? "descending" : "ascending";
    }

    private String build(String sortParameter) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        params.forEach(builder::queryParam);
        builder.queryParam("sort", sortParameter);
        return builder.encode().build().toUriString();
    }
}
