package waypoint.organisation;

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

import waypoint.demo.DemoAccounts;

/**
 * A signed-in browser session without a browser: real HTTP through the page security chain (form sign-in, session
 * cookie, CSRF token), for page tests that check status codes and content, not looks.
 */
final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private PageClient(int port) {
        this.base = "http://localhost:" + port;
    }

    static PageClient signedInAs(int port, DemoAccounts account) {
        PageClient client = new PageClient(port);
        Page signIn = client.get("/sign-in");
        Page result = client.post("/sign-in", signIn, Map.of("email", account.email(), "password", DemoAccounts.PASSWORD));
        if (result.status() != 302 || result.location().contains("error")) {
            throw new IllegalStateException("Could not sign in as " + account.email());
        }
        return client;
    }

    record Page(int status, String body, String location) {

        String csrf() {
            Matcher matcher = CSRF.matcher(body);
            if (!matcher.find()) {
                throw new IllegalStateException("No CSRF token on the page");
            }
            return matcher.group(1);
        }
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form as the page {@code form} (whose CSRF token is sent) would. */
    Page post(String path, Page form, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", form.csrf());
        String body = all.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
