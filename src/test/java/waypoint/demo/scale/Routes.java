package waypoint.demo.scale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@link RouteBenchmark} measures: every GET route of the running application, read from its own request
 * mappings (Actuator's {@code mappings} endpoint, exposed only in the {@code scale-data} profile), so a page or API
 * call added tomorrow is measured without anyone listing it. Only Waypoint's own handlers count (not static files,
 * the error page or the API documentation's machinery).
 */
final class Routes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Routes() {
    }

    /** The GET routes in the mappings document, by pattern (one route per pattern), sorted by pattern. */
    static List<Route> fromMappings(String mappingsJson) {
        Map<String, Route> routes = new TreeMap<>();
        JsonNode contexts = JSON.readTree(mappingsJson).path("contexts");
        for (JsonNode context : contexts) {
            for (JsonNode servlet : context.path("mappings").path("dispatcherServlets")) {
                for (JsonNode mapping : servlet) {
                    JsonNode method = mapping.path("details").path("handlerMethod");
                    JsonNode conditions = mapping.path("details").path("requestMappingConditions");
                    String handler = method.path("className").asString("");
                    if (!handler.startsWith("waypoint.") || conditions.isMissingNode()) {
                        continue;
                    }
                    List<String> methods = new ArrayList<>();
                    conditions.path("methods").forEach(m -> methods.add(m.asString()));
                    if (!methods.isEmpty() && !methods.contains("GET")) {
                        continue;
                    }
                    String name = handler.substring(handler.lastIndexOf('.') + 1) + "." + method.path("name")
                            .asString("");
                    for (JsonNode pattern : conditions.path("patterns")) {
                        routes.putIfAbsent(pattern.asString(), Route.of(pattern.asString(), name));
                    }
                }
            }
        }
        return List.copyOf(routes.values());
    }

    /**
     * The route a concrete path (a link on a page) is served by, as Spring would choose it: of those that match, the
     * one with the fewest variables, then the most literal characters.
     */
    static Optional<Route> routeOf(List<Route> routes, String path) {
        return routes.stream().filter(r -> r.bind(path).isPresent())
                .min(Comparator.comparingInt((Route r) -> r.variables().size())
                        .thenComparing(Comparator.comparingInt(Route::literalLength).reversed()));
    }

    /** A path variable and what it names: its kind ("apprenticeship", "review", "standard reference"...). */
    record Variable(String name, String kind, String constraint) {

        /** A value the route itself gives: the first of a fixed list ({@code {task:induction|review}}). */
        Optional<String> fixedValue() {
            if (constraint != null && constraint.matches("[A-Za-z0-9_-]+(\\|[A-Za-z0-9_-]+)*")) {
                return Optional.of(constraint.split("\\|")[0]);
            }
            return Optional.empty();
        }
    }

    /** One GET route: its pattern, whether it is an API call, the handler that serves it and its path variables. */
    record Route(String pattern, String handler, List<Variable> variables, Pattern regex, int literalLength,
            boolean wildcard) {

        static Route of(String pattern, String handler) {
            List<Variable> variables = new ArrayList<>();
            StringBuilder regex = new StringBuilder();
            int literal = 0;
            boolean wildcard = pattern.contains("*");
            String previousLiteral = "";
            for (String segment : pattern.split("/", -1)) {
                if (regex.length() > 0 || !segment.isEmpty()) {
                    regex.append('/');
                }
                int i = 0;
                while (i < segment.length()) {
                    char c = segment.charAt(i);
                    if (c == '{') {
                        int end = closingBrace(segment, i);
                        String inside = segment.substring(i + 1, end);
                        int colon = inside.indexOf(':');
                        String name = colon < 0 ? inside : inside.substring(0, colon);
                        String constraint = colon < 0 ? null : inside.substring(colon + 1);
                        variables.add(new Variable(name, kindOf(name, previousLiteral), constraint));
                        regex.append("([^/]+)");
                        i = end + 1;
                    } else {
                        regex.append(Pattern.quote(String.valueOf(c)));
                        literal++;
                        i++;
                    }
                }
                if (!segment.isEmpty() && !segment.contains("{")) {
                    previousLiteral = segment;
                }
            }
            return new Route(pattern, handler, List.copyOf(variables), Pattern.compile(regex.length() == 0 ? "/"
                    : regex.toString()), literal, wildcard);
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }

        /** The variables' values if {@code path} is one of this route's, by variable name. */
        Optional<Map<String, String>> bind(String path) {
            if (wildcard) {
                return Optional.empty();
            }
            Matcher m = regex.matcher(path);
            if (!m.matches()) {
                return Optional.empty();
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int v = 0; v < variables.size(); v++) {
                Variable variable = variables.get(v);
                String value = m.group(v + 1);
                if (variable.constraint() != null && !value.matches(variable.constraint())) {
                    return Optional.empty();
                }
                values.put(variable.name(), value);
            }
            return Optional.of(values);
        }

        /** The concrete path with each variable's value; {@code value} answers null for one it cannot fill. */
        String fill(Function<Variable, String> value) {
            StringBuilder path = new StringBuilder();
            int v = 0;
            int i = 0;
            while (i < pattern.length()) {
                char c = pattern.charAt(i);
                if (c == '{') {
                    int end = closingBrace(pattern, i);
                    String filled = value.apply(variables.get(v++));
                    if (filled == null) {
                        return null;
                    }
                    path.append(filled);
                    i = end + 1;
                } else {
                    path.append(c);
                    i++;
                }
            }
            return path.toString();
        }
    }

    private static int closingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                depth++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed variable in " + text);
    }

    /**
     * What a variable names: {@code {evidenceId}} an evidence item; {@code {id}} after {@code /reviews} a review;
     * any other name after its resource ({@code /standards/{reference}}: "standard reference").
     */
    static String kindOf(String name, String previousLiteral) {
        String resource = singular(previousLiteral);
        if (name.length() > 2 && name.endsWith("Id")) {
            return words(name.substring(0, name.length() - 2));
        }
        if (name.equals("id") || words(name).equals(resource) || resource.isEmpty()) {
            return resource.isEmpty() ? words(name) : resource;
        }
        return resource + " " + words(name);
    }

    private static String singular(String segment) {
        String s = segment.replace('-', ' ');
        if (s.endsWith("ies")) {
            return s.substring(0, s.length() - 3) + "y";
        }
        if (s.endsWith("s") && !s.endsWith("ss")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** {@code referenceNumber} as "reference number". */
    private static String words(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
