package waypoint.portfolio.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import waypoint.shared.files.FileKind;
import waypoint.shared.files.FileStore;
import waypoint.shared.files.FileUploads;
import waypoint.shared.files.UploadedFile;

/**
 * Keeps a portfolio file: checked by content against the allow-list and streamed to the store within the size limit
 * ({@code waypoint.portfolio.max-upload-bytes}, 500 MB by default), then scanned when clamd is configured.
 */
@Component
public class PortfolioFiles {

    /** Evidence may be a PDF, an Office document, an image, audio or video. */
    public static final Set<FileKind> EVIDENCE = EnumSet.of(FileKind.PDF, FileKind.OFFICE_DOCUMENT, FileKind.IMAGE,
            FileKind.AUDIO, FileKind.VIDEO);

    private final FileUploads uploads;
    private final FileStore store;
    private final ClamdScanner scanner;
    private final long maxBytes;

    PortfolioFiles(FileUploads uploads, FileStore store, ClamdScanner scanner,
            @Value("${waypoint.portfolio.max-upload-bytes:524288000}") long maxBytes) {
        this.uploads = uploads;
        this.store = store;
        this.scanner = scanner;
        this.maxBytes = maxBytes;
    }

    public record Kept(UploadedFile file, Scan scan) {
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Kept keep(String name, InputStream content, Set<FileKind> kinds) {
        UploadedFile file = uploads.accept(name, content, kinds, maxBytes);
        Scan scan;
        if (scanner.configured()) {
            try (InputStream kept = store.open(file.fileId())) {
                scan = scanner.scan(kept);
            } catch (IOException e) {
                scan = Scan.QUARANTINED;
            }
        } else {
            scan = Scan.NOT_SCANNED;
        }
        return new Kept(file, scan);
    }

    public InputStream open(String fileId) {
        try {
            return store.open(fileId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
