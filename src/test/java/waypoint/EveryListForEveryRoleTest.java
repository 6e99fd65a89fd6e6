package waypoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * Every list, page and API alike, opened by every role, unfiltered and with each of its filters set to a sensible value
 * and to nonsense. The routes come from the application's own handler mappings, so a list added tomorrow is covered
 * without anyone remembering to add it here. A role may be refused (403) or sent elsewhere (302), and nonsense may be
 * answered 400; no list may fail (5xx) for anyone. (Once the complaints list failed for the very role that needs it,
 * and for every role as soon as it was filtered, and nothing noticed.) Nor may a page show a working reference nobody
 * using Waypoint can open (a seed file's number, a design file, an issue's number).
 */
@WaypointTest
class EveryListForEveryRoleTest {

    /** Working references nobody using Waypoint can open: a page that shows one names the wrong thing. */
    private static final java.util.regex.Pattern INTERNAL_REFERENCE = java.util.regex.Pattern.compile(
            "seed 0\\d\\d|DOMAIN\\.md|Unverified for this standard|\\bissue \\d+\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** GET routes that change who is signed in, or that stream, are not lists. */
    private static final Set<String> NOT_LISTS = Set.of("/sign-out", "/error");

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Route(String path, List<Filter> filters) {
    }

    record Filter(String name, List<String> values) {
    }

    static Stream<Arguments> everyRole() {
        return Stream.of(DemoAccounts.values()).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRole")
    void no_list_fails_for_this_role_whatever_its_filters(DemoAccounts reader) {
        List<Route> routes = routes();
        assertThat(routes).as("the lists found in the handler mappings").hasSizeGreaterThan(40);
        Api api = Api.at(port).signedInAs(reader.email(), DemoAccounts.PASSWORD);
        PageClient pages = PageClient.signedInAs(port, reader);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Route route : routes) {
            boolean isApi = route.path().startsWith("/api/");
            int status;
            if (isApi) {
                status = api.get(route.path()).status();
            } else {
                var page = pages.get(route.path());
                status = page.status();
                var internal = INTERNAL_REFERENCE.matcher(page.body() == null ? "" : page.body());
                if (status == 200 && internal.find()) {
                    failures.add(route.path() + " shows “" + internal.group() + "”");
                }
            }
            requests++;
            if (status >= 500) {
                failures.add(route.path() + " answered " + status);
            }
            if (status != 200) {
                continue; // refused or redirected: its filters are not this role's to try
            }
            for (Filter filter : route.filters()) {
                for (String value : filter.values()) {
                    String url = route.path() + "?" + filter.name() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    int filtered = get(isApi, api, pages, url);
                    requests++;
                    if (filtered >= 500) {
                        failures.add(url + " answered " + filtered);
                    }
                }
            }
        }
        System.out.println("EveryListForEveryRole " + reader + ": " + routes.size() + " lists, " + requests + " requests");
        assertThat(failures).as("lists that failed for " + reader).isEmpty();
    }

    private static int get(boolean isApi, Api api, PageClient pages, String url) {
        return isApi ? api.get(url).status() : pages.get(url).status();
    }

    /** Every GET route without a path variable, with the query parameters its handler reads. */
    private List<Route> routes() {
        Set<String> seen = new TreeSet<>();
        List<Route> routes = new ArrayList<>();
        var names = new DefaultParameterNameDiscoverer();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            if (info.getProducesCondition().getProducibleMediaTypes().stream()
                    .anyMatch(m -> m.toString().startsWith("text/event-stream"))) {
                return;
            }
            List<Filter> filters = new ArrayList<>();
            for (MethodParameter parameter : handler.getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param == null) {
                    continue;
                }
                parameter.initParameterNameDiscovery(names);
                String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                List<String> values = valuesFor(parameter.getParameterType());
                if (name != null && !values.isEmpty()) {
                    filters.add(new Filter(name, values));
                }
            }
            for (String path : info.getPatternValues()) {
                if (!path.contains("{") && !NOT_LISTS.contains(path) && seen.add(path)) {
                    routes.add(new Route(path, filters));
                }
            }
        });
        return routes;
    }

    /** A sensible value and nonsense for a parameter of this type. */
    private static List<String> valuesFor(Class<?> type) {
        Set<String> values = new LinkedHashSet<>();
        if (type.isEnum()) {
            values.add(((Enum<?>) type.getEnumConstants()[0]).name());
            values.add("NONSENSE");
        } else if (type == boolean.class || type == Boolean.class) {
            values.add("true");
            values.add("perhaps");
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            values.add("1");
            values.add("-1");
            values.add("99999999999");
        } else if (type == LocalDate.class) {
            values.add(LocalDate.of(2026, 3, 27).toString());
            values.add("31 February");
        } else if (type == UUID.class) {
            values.add(UUID.randomUUID().toString());
            values.add("not-an-id");
        } else if (type == String.class) {
            values.add("a");
            values.add("NONSENSE");
            values.add("%_'\\");
        }
        return List.copyOf(values);
    }
}
