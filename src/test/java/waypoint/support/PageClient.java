package waypoint.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP client for page tests without a browser: it keeps the session cookie, signs in through the real form,
 * and sends each form's CSRF token, so requests pass through the same security filters as a person's.
 */
public final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    private PageClient(String base) {
        this.base = base;
    }

    public static PageClient at(int port) {
        return new PageClient("http://localhost:" + port);
    }

    public record Page(int status, String body, String location) {
    }

    public PageClient signedInAs(String email, String password) {
        String csrf = csrfFrom(get("/sign-in"));
        Page signedIn = send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("email=" + encode(email) + "&password=" + encode(password)
                        + "&_csrf=" + encode(csrf))));
        if (signedIn.status() != 302 || signedIn.location().contains("error")) {
            throw new IllegalStateException("Could not sign in as " + email + ": " + signedIn);
        }
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts one file as multipart form data, with the CSRF token of the page at {@code formPage}. */
    public Page postFile(String formPage, String path, String field, String fileName, byte[] content) {
        String csrf = csrfFrom(get(formPage));
        String boundary = "----waypoint" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts a form as a browser would, with the CSRF token of the page at {@code formPage}. */
    public Page postForm(String formPage, String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder("_csrf=").append(encode(csrfFrom(get(formPage))));
        fields.forEach((name, value) -> body.append('&').append(encode(name)).append('=').append(encode(value)));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private static String csrfFrom(Page page) {
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token on the page (status " + page.status() + ")");
        }
        return matcher.group(1);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30))
                    .header("Accept", "text/html,application/xhtml+xml").build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
