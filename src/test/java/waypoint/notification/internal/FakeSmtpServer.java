package waypoint.notification.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Just enough of an SMTP server (RFC 5321) on a random loopback port to accept one message: greeting, EHLO,
 * MAIL, RCPT, DATA, QUIT. Good for checking what Waypoint hands to a mail server, nothing more.
 */
final class FakeSmtpServer implements AutoCloseable {

    record Received(List<String> recipients, String data) {
    }

    private final ServerSocket server;
    private final CompletableFuture<Received> received = new CompletableFuture<>();

    FakeSmtpServer() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::serveOne, "fake-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    Received awaitMessage() throws Exception {
        return received.get(10, TimeUnit.SECONDS);
    }

    private void serveOne() {
        try (Socket socket = server.accept();
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
             PrintWriter out = new PrintWriter(socket.getOutputStream(), false, StandardCharsets.US_ASCII)) {
            socket.setSoTimeout(10_000);
            List<String> recipients = new ArrayList<>();
            StringBuilder data = new StringBuilder();
            reply(out, "220 localhost fake SMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 localhost");
                    case "MAIL", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "RCPT" -> {
                        recipients.add(line.substring(line.indexOf(':') + 1).trim());
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        String dataLine;
                        while ((dataLine = in.readLine()) != null && !dataLine.equals(".")) {
                            data.append(dataLine.startsWith("..") ? dataLine.substring(1) : dataLine).append('\n');
                        }
                        reply(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        received.complete(new Received(recipients, data.toString()));
                        return;
                    }
                    default -> reply(out, "502 Command not implemented");
                }
            }
            received.complete(new Received(recipients, data.toString()));
        } catch (IOException e) {
            received.completeExceptionally(e);
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    /** A loopback port that nothing listens on. */
    static int closedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
