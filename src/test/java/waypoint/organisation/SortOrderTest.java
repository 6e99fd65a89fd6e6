package waypoint.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import waypoint.organisation.internal.ListRequest;
import waypoint.organisation.internal.SortOrder;

/** Only whitelisted SQL reaches ORDER BY, whatever is asked for; the tiebreaker keeps pages from overlapping. */
class SortOrderTest {

    private static final Map<String, List<String>> SORTS = Map.of(
            "name", List.of("lower(l.family_name)", "lower(l.given_names)"),
            "uln", List.of("l.uln"));

    @ParameterizedTest(name = "sort={0} orders by {1}")
    @CsvSource(delimiter = '|', value = {
            "name           | lower(l.family_name), lower(l.given_names), l.id",
            "-name          | lower(l.family_name) DESC, lower(l.given_names) DESC, l.id",
            "uln            | l.uln, l.id",
            "-uln           | l.uln DESC, l.id",
            "password       | lower(l.family_name), lower(l.given_names), l.id",
            "uln; DROP TABLE learner | lower(l.family_name), lower(l.given_names), l.id",
            "               | lower(l.family_name), lower(l.given_names), l.id",
    })
    void a_sort_key_is_taken_only_from_the_whitelist(String requested, String orderBy) {
        assertThat(SortOrder.parse(requested, SORTS, "name").orderBy(SORTS, "l.id")).isEqualTo(orderBy);
    }

    @ParameterizedTest(name = "page={0} size={1} is page {2} of size {3}")
    @CsvSource({
            ",    ,    0, 25",
            "-1,  0,   0, 25",
            "2,   10,  2, 10",
            "0,   5000, 0, 100",
    })
    void a_page_request_is_kept_within_bounds(Integer page, Integer size, int expectedPage, int expectedSize) {
        ListRequest request = ListRequest.of(null, page, size, null);
        assertThat(request.page()).isEqualTo(expectedPage);
        assertThat(request.size()).isEqualTo(expectedSize);
    }

    @ParameterizedTest(name = "search {0} matches as {1}")
    @CsvSource({
            "lola, %lola%",
            "100%, %100\\%%",
            "a_b, %a\\_b%",
    })
    void a_search_matches_anywhere_and_takes_wildcards_literally(String q, String pattern) {
        assertThat(ListRequest.of(q, null, null, null).pattern()).isEqualTo(pattern);
    }
}
