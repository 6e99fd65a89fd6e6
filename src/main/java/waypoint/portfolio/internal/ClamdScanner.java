package waypoint.portfolio.internal;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Virus scanning through clamd's INSTREAM command when {@code waypoint.clamd.host} is set: the bytes go in chunks,
 * each prefixed by its length (4 bytes, big-endian), ended by a zero-length chunk; clamd answers
 * {@code stream: OK} or {@code stream: <name> FOUND}. Anything else (an error, a timeout, a refused connection)
 * counts as a failed scan, and a failed scan quarantines the file like a positive one: never a silent accept.
 */
@Component
public class ClamdScanner {

    private static final Logger log = LoggerFactory.getLogger(ClamdScanner.class);
    private static final int CHUNK = 64 * 1024;

    private final String host;
    private final int port;
    private final Duration timeout;

    public ClamdScanner(@Value("${waypoint.clamd.host:}") String host, @Value("${waypoint.clamd.port:3310}") int port,
            @Value("${waypoint.clamd.timeout:PT60S}") Duration timeout) {
        this.host = host == null ? "" : host.strip();
        this.port = port;
        this.timeout = timeout;
    }

    public boolean configured() {
        return !host.isEmpty();
    }

    /** {@link Scan#NOT_SCANNED} when clamd is not configured; otherwise clean or quarantined. */
    public Scan scan(InputStream content) {
        if (!configured()) {
            return Scan.NOT_SCANNED;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            byte[] buffer = new byte[CHUNK];
            for (int n; (n = content.read(buffer)) > 0; ) {
                out.writeInt(n);
                out.write(buffer, 0, n);
            }
            out.writeInt(0);
            out.flush();
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                    .replace("\0", "").strip();
            if (reply.endsWith("OK") && !reply.contains("FOUND")) {
                return Scan.CLEAN;
            }
            log.warn("Virus scan did not pass ({}): the file is quarantined", reply);
            return Scan.QUARANTINED;
        } catch (IOException | RuntimeException failed) {
            log.warn("Virus scan failed ({}): the file is quarantined", failed.toString());
            return Scan.QUARANTINED;
        }
    }
}
