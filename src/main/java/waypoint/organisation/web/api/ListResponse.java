package waypoint.organisation.web.api;

import java.util.List;
import java.util.function.Function;

import waypoint.shared.web.PageOf;

/** One page of a list: the items, the page number (from 0), the page size and how many items match in all. */
record ListResponse<T>(List<T> items, int page, int size, long total) {

    static <T> ListResponse<T> of(PageOf<T> page) {
        return new ListResponse<>(page.items(), page.number(), page.size(), page.total());
    }

    static <S, T> ListResponse<T> of(PageOf<S> page, Function<S, T> mapping) {
        return new ListResponse<>(page.items().stream().map(mapping).toList(), page.number(), page.size(), page.total());
    }
}
