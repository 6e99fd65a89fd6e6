package waypoint.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import waypoint.shared.files.FileStore;
import waypoint.shared.files.FileUploads;
import waypoint.shared.files.UploadRejectedException;
import waypoint.support.WaypointTest;

/**
 * An upload over the portfolio's limit is refused while it streams: the copy stops just past the limit, nothing is
 * kept and no partial file is left, so an oversized upload cannot fill the disk. The limit here is 1 MB against a
 * 64 MB upload; the running application's default is 500 MB.
 */
@WaypointTest
class OversizedUploadTest {

    @Autowired
    FileUploads uploads;
    @Autowired
    FileStore store;
    @Value("${waypoint.files.directory:${waypoint.data-directory}/files}")
    Path files;

    @Test
    void an_oversized_upload_is_refused_without_filling_the_disk() throws IOException {
        long limit = 1024 * 1024;
        PortfolioFiles portfolio = new PortfolioFiles(uploads, store,
                new ClamdScanner("", 3310, Duration.ofSeconds(1)), limit);
        long before = sizeOf(files);
        EndlessPdf upload = new EndlessPdf(64L * 1024 * 1024);

        assertThatThrownBy(() -> portfolio.keep("video.pdf", upload, PortfolioFiles.EVIDENCE))
                .isInstanceOf(UploadRejectedException.class).hasMessageContaining("smaller than 1 MB");

        assertThat(upload.read).as("bytes read before the refusal").isLessThan(limit + 256 * 1024);
        assertThat(sizeOf(files) - before).as("bytes left on disk").isLessThan(64 * 1024);
    }

    @Test
    void a_file_the_virus_scanner_flags_is_kept_quarantined_never_silently_accepted() throws Exception {
        try (java.net.ServerSocket server = new java.net.ServerSocket(0)) {
            ClamdScannerTest.fakeClamd(server, "stream: Eicar-Test-Signature FOUND");
            PortfolioFiles portfolio = new PortfolioFiles(uploads, store,
                    new ClamdScanner("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(5)), 1024 * 1024);
            PortfolioFiles.Kept kept = portfolio.keep("report.pdf", new EndlessPdf(2048), PortfolioFiles.EVIDENCE);
            assertThat(kept.scan()).isEqualTo(Scan.QUARANTINED);
        }
    }

    @Test
    void the_default_limit_is_500_mb() {
        assertThat(new PortfolioFiles(uploads, store, new ClamdScanner("", 3310, Duration.ofSeconds(1)),
                524_288_000L).maxBytes()).isEqualTo(500L * 1024 * 1024);
    }

    private static long sizeOf(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException gone) {
                    return 0;
                }
            }).sum();
        }
    }

    /** A PDF header followed by as many bytes as asked, made as they are read: nothing held in memory. */
    static final class EndlessPdf extends InputStream {

        private final byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        private final long length;
        long read;

        EndlessPdf(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            int b = read < header.length ? header[(int) read] : ' ';
            read++;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - read);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }
    }
}
