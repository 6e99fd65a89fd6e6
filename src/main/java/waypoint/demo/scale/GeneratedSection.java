package waypoint.demo.scale;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A section of docs/performance.md that a benchmark writes, between its own begin and end markers: the table is
 * generated, never typed. Also says what every generated table says of where it was measured (the commit and the
 * machine).
 */
record GeneratedSection(String begin, String end) {

    /** Replaces the section between the markers, or adds it at the end of the file when it is not there yet. */
    void writeInto(Path file, String section) throws IOException {
        String text = Files.readString(file);
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        String block = begin + "\n" + section + end;
        text = from >= 0 && to > from ? text.substring(0, from) + block + text.substring(to + end.length())
                : text + "\n" + block + "\n";
        Files.writeString(file, text);
    }

    /** The commit the benchmark was built from, short (unknown outside a git checkout). */
    static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            return new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The machine: cores, memory, Java and the load average now, as the generated tables state it. */
    static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long memory = os instanceof com.sun.management.OperatingSystemMXBean m ? m.getTotalMemorySize() >> 30 : 0;
        return String.format(Locale.ROOT, "%d cores, %d GB RAM, Java %d, load average %.1f",
                os.getAvailableProcessors(), memory, Runtime.version().feature(), os.getSystemLoadAverage());
    }
}
