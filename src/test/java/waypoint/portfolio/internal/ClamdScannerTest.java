package waypoint.portfolio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The clamd client against a tiny fake clamd: clean, infected, broken and absent scanners. */
class ClamdScannerTest {

    /** Reads one INSTREAM request and answers {@code reply}; completes with the bytes it was sent. */
    static CompletableFuture<byte[]> fakeClamd(ServerSocket server, String reply) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket socket = server.accept()) {
                DataInputStream in = new DataInputStream(socket.getInputStream());
                byte[] command = new byte["zINSTREAM\0".length()];
                in.readFully(command);
                assertThat(new String(command, StandardCharsets.US_ASCII)).isEqualTo("zINSTREAM\0");
                ByteArrayOutputStream received = new ByteArrayOutputStream();
                for (int length; (length = in.readInt()) > 0; ) {
                    byte[] chunk = new byte[length];
                    in.readFully(chunk);
                    received.write(chunk);
                }
                OutputStream out = socket.getOutputStream();
                out.write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return received.toByteArray();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static ClamdScanner scannerAt(int port) {
        return new ClamdScanner("127.0.0.1", port, Duration.ofSeconds(5));
    }

    @Test
    void a_clean_file_streams_to_clamd_in_chunks_and_is_clean() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            byte[] content = new byte[200_000];
            java.util.Arrays.fill(content, (byte) 7);
            CompletableFuture<byte[]> received = fakeClamd(server, "stream: OK");
            assertThat(scannerAt(server.getLocalPort()).scan(new ByteArrayInputStream(content))).isEqualTo(Scan.CLEAN);
            assertThat(received.get(5, TimeUnit.SECONDS)).isEqualTo(content);
        }
    }

    @Test
    void a_file_clamd_finds_a_virus_in_is_quarantined() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            fakeClamd(server, "stream: Eicar-Test-Signature FOUND");
            assertThat(scannerAt(server.getLocalPort()).scan(new ByteArrayInputStream("X5O!P%@AP".getBytes())))
                    .isEqualTo(Scan.QUARANTINED);
        }
    }

    @Test
    void an_error_from_clamd_quarantines_the_file_rather_than_accepting_it() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            fakeClamd(server, "INSTREAM size limit exceeded. ERROR");
            assertThat(scannerAt(server.getLocalPort()).scan(new ByteArrayInputStream(new byte[10])))
                    .isEqualTo(Scan.QUARANTINED);
        }
    }

    @Test
    void a_clamd_that_cannot_be_reached_quarantines_the_file() throws Exception {
        int port;
        try (ServerSocket server = new ServerSocket(0)) {
            port = server.getLocalPort();
        }
        assertThat(scannerAt(port).scan(new ByteArrayInputStream(new byte[10]))).isEqualTo(Scan.QUARANTINED);
    }

    @Test
    void without_a_clamd_host_files_are_not_scanned() {
        ClamdScanner off = new ClamdScanner("", 3310, Duration.ofSeconds(1));
        assertThat(off.configured()).isFalse();
        assertThat(off.scan(new ByteArrayInputStream(new byte[10]))).isEqualTo(Scan.NOT_SCANNED);
    }
}
