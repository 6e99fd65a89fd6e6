package waypoint.support;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import waypoint.demo.DemoAccounts;

/**
 * A person using the pages without a browser, for page tests that check status codes and content, not looks: real
 * HTTP through the page security chain with a cookie jar, redirects not followed (so tests see them), and the CSRF
 * token of the last page read sent with each form, as a browser would.
 */
public final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String csrf;

    private PageClient(String base) {
        this.base = base;
    }

    public static PageClient at(int port) {
        return new PageClient("http://localhost:" + port);
    }

    /**
     * A second client that carries only the session cookie {@code sessionId}: what another node behind the load
     * balancer sees of the same browser.
     */
    public static PageClient carrying(int port, String sessionId) {
        PageClient client = at(port);
        HttpCookie cookie = new HttpCookie("WAYPOINT_SESSION", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        client.cookies.getCookieStore().add(URI.create(client.base), cookie);
        return client;
    }

    public static PageClient signedInAs(int port, DemoAccounts account) {
        return at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    public static PageClient signedInAs(int port, String email, String password) {
        return at(port).signedInAs(email, password);
    }

    /** Signs in through the form and fails the test if that does not work. */
    public PageClient signedInAs(String email, String password) {
        Page landed = signIn(email, password);
        if (landed.status() != 302 || landed.location().contains("/sign-in")) {
            throw new IllegalStateException("Could not sign in as " + email + ": " + landed.location());
        }
        return this;
    }

    /** Tries to sign in, and returns the response as it is. */
    public Page signIn(String email, String password) {
        get("/sign-in");
        return post("/sign-in", Map.of("email", email, "password", password));
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Page get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(uri(path)).header(header, value).GET());
    }

    /** Follows a redirect the way a browser would. */
    public Page follow(Page redirect) {
        String location = redirect.location();
        return get(location.startsWith(base) ? location.substring(base.length()) : location);
    }

    /** Posts a form with the CSRF token of the last page read. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (csrf != null) {
            withToken.put("_csrf", csrf);
        }
        return postWithout(path, withToken);
    }

    /** Posts a form with the CSRF token of the given form page. */
    public Page post(String path, Page form, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", form.csrf());
        return postWithout(path, withToken);
    }

    /** Posts a form whose fields repeat (rows of the same inputs), with the CSRF token of the given form page. */
    public Page post(String path, Page form, List<Map.Entry<String, String>> fields) {
        String body = java.util.stream.Stream.concat(java.util.stream.Stream.of(Map.entry("_csrf", form.csrf())),
                        fields.stream())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts exactly these fields: no CSRF token unless given. */
    public Page postWithout(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts one file as multipart form data, with the CSRF token of the page at {@code formPage}. */
    public Page postFile(String formPage, String path, String field, String fileName, byte[] content) {
        String token = get(formPage).csrf();
        String boundary = "----waypoint" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts one file with other fields as multipart form data, with the CSRF token of the page at {@code formPage}. */
    public Page postFile(String formPage, String path, String field, String fileName, byte[] content,
            Map<String, String> fields) {
        String token = get(formPage).csrf();
        String boundary = "----waypoint" + UUID.randomUUID();
        StringBuilder parts = new StringBuilder();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("_csrf", token);
        all.putAll(fields);
        all.forEach((name, value) -> parts.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        byte[] head = (parts + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts a form as a browser would, with the CSRF token of the page at {@code formPage}. */
    /** Posts JSON as a page's script does, with the CSRF token of the given page in the X-CSRF-TOKEN header. */
    public Page postJson(String path, Page page, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-CSRF-TOKEN", page.csrf())
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Page postForm(String formPage, String path, Map<String, String> fields) {
        return post(path, get(formPage), fields);
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("WAYPOINT_SESSION"))
                .map(HttpCookie::getValue).findFirst();
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
            if (built.headers().firstValue("Accept").isEmpty()) {
                built = HttpRequest.newBuilder(built, (name, value) -> true)
                        .header("Accept", "text/html,application/xhtml+xml").build();
            }
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            Page page = new Page(response.statusCode(), response.headers(), response.body());
            Matcher matcher = CSRF.matcher(page.body());
            if (matcher.find()) {
                csrf = matcher.group(1);
            }
            return page;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A path of Waypoint's, or a full address elsewhere (an identity provider's pages in single sign-on tests). */
    private URI uri(String path) {
        return URI.create(path.startsWith("http://") || path.startsWith("https://") ? path : base + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public record Page(int status, HttpHeaders headers, String body) {

        public String location() {
            return headers.firstValue("Location").orElse("");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        /** The page's text without tags, with HTML's escapes for quotes undone, to look for what a person reads. */
        public String text() {
            return body.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&quot;", "\"")
                    .replace("&amp;", "&").replaceAll("\\s+", " ");
        }

        /** The CSRF token of the form on this page. */
        public String csrf() {
            Matcher matcher = CSRF.matcher(body);
            if (!matcher.find()) {
                throw new IllegalStateException("No CSRF token on the page (status " + status + ")");
            }
            return matcher.group(1);
        }
    }
}
