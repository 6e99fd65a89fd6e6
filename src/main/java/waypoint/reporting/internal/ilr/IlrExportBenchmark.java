package waypoint.reporting.internal.ilr;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import waypoint.ilr.IlrFileHeader;
import waypoint.ilr.IlrFileName;
import waypoint.ilr.IlrFileWriter;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;

/**
 * The ILR export's benchmark (docs/performance.md, "The ILR return"), never part of a build: with the profile
 * {@code ilr-benchmark}, at start it exports the whole return of a year and period to a file under the data
 * directory and logs the time, the learners, the file's size and the peak heap. Start it with {@code -Xmx512m} on a
 * directory filled with the reference data set.
 */
@Component
@Profile("ilr-benchmark")
@Order(100)
class IlrExportBenchmark implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IlrExportBenchmark.class);

    private final IlrReturnSource source;
    private final String year;
    private final String period;
    private final Path directory;

    IlrExportBenchmark(IlrReturnSource source, @Value("${waypoint.ilr-benchmark.year:2025-26}") String year,
            @Value("${waypoint.ilr-benchmark.period:R12}") String period,
            @Value("${waypoint.data-directory}") String directory) {
        this.source = source;
        this.year = year;
        this.period = period;
        this.directory = Path.of(directory, "ilr-benchmark");
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        IlrYear ilrYear = IlrYear.named(year);
        IlrFileHeader found = source.header(ilrYear, "01").orElse(null);
        IlrFileHeader header = found != null ? found
                : new IlrFileHeader(ilrYear, 10000000, java.time.LocalDate.of(2026, 8, 4),
                        java.time.LocalDateTime.of(2026, 8, 4, 9, 0), "01", "Waypoint", "Waypoint", null);
        Files.createDirectories(directory);
        Path file = directory.resolve(IlrFileName.of(header));
        for (int run = 1; run <= 2; run++) {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long began = System.nanoTime(); // elapsed time for the log, not a date: no Clock needed
            int learners;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                    IlrFileWriter writer = IlrFileWriter.open(header, out)) {
                source.forEachLearner(ilrYear, ReturnPeriod.named(period), writer::write);
                learners = writer.learnersWritten();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            log.info("ILR benchmark run {}: {} {} {} learners, {} MB file, {} s, peak heap {} MB (max {} MB)", run,
                    year, period, learners, Files.size(file) / (1024 * 1024), took.toMillis() / 1000.0,
                    peakHeap / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }
}
