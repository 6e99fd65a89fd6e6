package waypoint.shared.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import waypoint.shared.csv.CsvTable;

/** A CSV file as a download: {@code text/csv} in UTF-8, saved under the name given. */
public final class CsvDownload {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private CsvDownload() {
    }

    public static ResponseEntity<byte[]> of(String fileName, CsvTable table) {
        return of(fileName, table.toBytes());
    }

    public static ResponseEntity<byte[]> of(String fileName, byte[] file) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName,
                        StandardCharsets.UTF_8).build().toString())
                .body(file);
    }
}
