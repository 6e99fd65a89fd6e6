package waypoint.portfolio.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file sent after its download was authorised: always as an attachment, never shown inline, as a generic type the
 * browser will not run, with sniffing off.
 */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<InputStreamResource> attachment(String name, Long size, InputStream content) {
        var response = ResponseEntity.ok().contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff");
        if (size != null) {
            response = response.contentLength(size);
        }
        return response.body(new InputStreamResource(content));
    }
}
