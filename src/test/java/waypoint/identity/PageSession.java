package waypoint.identity;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person using the pages without a browser: real HTTP with a cookie jar, redirects not followed (so tests see
 * them), and the CSRF token of the last page read sent with each form, as a browser would.
 */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final String base;
    private String csrf;

    PageSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    static PageSession signedIn(int port, String email, String password) {
        PageSession session = new PageSession(port);
        Page landed = session.signIn(email, password);
        if (landed.status() != 302 || landed.location().contains("/sign-in")) {
            throw new IllegalStateException("Could not sign in as " + email + ": " + landed.location());
        }
        return session;
    }

    Page signIn(String email, String password) {
        get("/sign-in");
        return post("/sign-in", Map.of("email", email, "password", password));
    }

    Page get(String path) {
        return remember(send(HttpRequest.newBuilder(URI.create(base + path)).GET()));
    }

    Page get(String path, String header, String value) {
        return remember(send(HttpRequest.newBuilder(URI.create(base + path)).header(header, value).GET()));
    }

    /** Posts a form with the CSRF token of the last page read. */
    Page post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (csrf != null) {
            withToken.put("_csrf", csrf);
        }
        return postWithout(path, withToken);
    }

    /** Posts exactly these fields: no CSRF token unless given. */
    Page postWithout(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return remember(send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("WAYPOINT_SESSION"))
                .map(HttpCookie::getValue).findFirst();
    }

    private Page remember(Page page) {
        Matcher matcher = CSRF.matcher(page.body());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
        return page;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
            if (built.headers().firstValue("Accept").isEmpty()) {
                built = HttpRequest.newBuilder(built, (name, value) -> true)
                        .header("Accept", "text/html,application/xhtml+xml").build();
            }
            HttpResponse<String> response = http.send(built,
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    record Page(int status, HttpHeaders headers, String body) {

        String location() {
            return headers.firstValue("Location").orElse("");
        }

        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        /** The page's text without tags, with HTML's escapes for quotes undone, to look for what a person reads. */
        String text() {
            return body.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&quot;", "\"")
                    .replace("&amp;", "&").replaceAll("\\s+", " ");
        }
    }
}
