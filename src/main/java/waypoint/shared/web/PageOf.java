package waypoint.shared.web;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list, with what the pagination links need. Numbers count from 0; {@code total} is the number of
 * matching rows. Lists that can grow past a few thousand rows use keyset pagination instead.
 */
public record PageOf<T>(List<T> items, int number, int size, long total) {

    public static final int DEFAULT_SIZE = 25;

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return number + 1 < totalPages();
    }

    /** At most five page numbers around the current one. */
    public List<Integer> window() {
        int first = Math.max(0, Math.min(number - 2, totalPages() - 5));
        int last = Math.min(totalPages() - 1, first + 4);
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    /** The same list URL (with its search and sort parameters) at another page. */
    public String urlFor(String baseUrl, int page) {
        return UriComponentsBuilder.fromUriString(baseUrl).replaceQueryParam("page", page).build().toUriString();
    }

    public long firstItem() {
        return total == 0 ? 0 : (long) number * size + 1;
    }

    public long lastItem() {
        return Math.min(total, (long) (number + 1) * size);
    }
}
