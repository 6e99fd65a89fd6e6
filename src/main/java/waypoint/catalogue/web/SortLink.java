package waypoint.catalogue.web;

import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

import waypoint.catalogue.internal.StandardQuery;

/**
 * A sortable column heading as a plain link (MOJ sortable table, working without JavaScript): following it sorts by
 * the column, or reverses the order when it already sorts by it.
 */
record SortLink(String label, String href, String ariaSort) {

    static List<SortLink> forColumns(String baseUrl, StandardQuery query) {
        return List.of(link("Reference", StandardQuery.Sort.REFERENCE, baseUrl, query),
                link("Title", StandardQuery.Sort.TITLE, baseUrl, query),
                link("Level", StandardQuery.Sort.LEVEL, baseUrl, query));
    }

    private static SortLink link(String label, StandardQuery.Sort sort, String baseUrl, StandardQuery query) {
        boolean current = query.sort() == sort;
        boolean descending = current && !query.descending();
        String href = UriComponentsBuilder.fromUriString(baseUrl)
                .replaceQueryParam("sort", sort.name().toLowerCase())
                .replaceQueryParam("order", descending ? "desc" : "asc")
                .replaceQueryParam("page").build().toUriString();
        return new SortLink(label, href, !current ? "none" : query.descending() ? "descending" : "ascending");
    }
}
