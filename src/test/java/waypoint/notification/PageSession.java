package waypoint.notification;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in browser session without a browser, for page tests: real requests through the sign-in form and the
 * page security chain, with the session cookie and the form's CSRF token, and redirects not followed.
 */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String csrf;

    record Page(int status, String location, String body) {
    }

    private PageSession(int port) {
        this.base = "http://localhost:" + port;
    }

    static PageSession signedInAs(int port, String email, String password) {
        PageSession session = new PageSession(port);
        session.get("/sign-in");
        Page signedIn = session.post("/sign-in", Map.of("email", email, "password", password));
        if (signedIn.status() != 302 || signedIn.location().contains("error") || signedIn.location().contains("locked")) {
            throw new IllegalStateException("Could not sign in as " + email + ": " + signedIn.location());
        }
        return session;
    }

    /** Follows a redirect the way a browser would. */
    Page follow(Page redirect) {
        String location = redirect.location();
        return get(location.startsWith(base) ? location.substring(base.length()) : location);
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form with the CSRF token of the last page fetched, as a browser would. */
    Page post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(""), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
