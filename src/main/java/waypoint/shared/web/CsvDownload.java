package waypoint.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

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

    /**
     * A file of many rows written into the response as they come, never held whole (a list of the whole provider):
     * the headers are set, the columns written; call {@link CsvTable#flush()} after the last row.
     */
    public static CsvTable writingTo(HttpServletResponse response, String fileName, List<String> columns) {
        response.setContentType(CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName,
                StandardCharsets.UTF_8).build().toString());
        try {
            return CsvTable.writingTo(response.getOutputStream(), columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
