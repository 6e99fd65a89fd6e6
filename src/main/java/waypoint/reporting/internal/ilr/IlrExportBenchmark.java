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
 * directory and logs the time, the learners, the file's size and the peak heap; then it checks the return, keeps the
 * check and times the return page's reads of it. Start it with {@code -Xmx512m} on a
 * directory filled with the reference data set.
 */
@Component
@Profile("ilr-benchmark")
@Order(100)
class IlrExportBenchmark implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IlrExportBenchmark.class);

    private final IlrReturnSource source;
    private final IlrChecks checks;
    private final String year;
    private final String period;
    private final Path directory;

    IlrExportBenchmark(IlrReturnSource source, IlrChecks checks, @Value("${waypoint.ilr-benchmark.year:2025-26}") String year,
            @Value("${waypoint.ilr-benchmark.period:R12}") String period,
            @Value("${waypoint.data-directory}") String directory) {
        this.source = source;
        this.checks = checks;
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
        checkAndRead(ilrYear, ReturnPeriod.named(period));
    }

    /**
     * The check kept (docs/performance.md, "The ILR check kept"): the whole return checked and its findings written,
     * then the pages read as the return's page reads them (the first, one deep in the list, one rule's, one tutor's).
     */
    private void checkAndRead(IlrYear ilrYear, ReturnPeriod returnPeriod) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long began = System.nanoTime();
        IlrChecks.Summary checked = checks.checkAsSystem(ilrYear, returnPeriod, "The benchmark");
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        log.info("ILR benchmark check: {} learners, {} errors, {} warnings kept in {} s, peak heap {} MB",
                checked.learners(), checked.errors(), checked.warnings(), took.toMillis() / 1000.0,
                peakHeap / (1024 * 1024));
        waypoint.identity.CurrentUser officer = new waypoint.identity.CurrentUser(java.util.UUID.randomUUID(),
                "benchmark@waypoint.invalid", "The benchmark", java.util.Set.of(waypoint.identity.Role.DATA_OFFICER));
        for (int run = 1; run <= 3; run++) {
            long first = System.nanoTime();
            IlrChecks.Check page = checks.check(officer, ilrYear, returnPeriod, null, null, 0, 25);
            long firstMs = (System.nanoTime() - first) / 1_000_000;
            long deep = System.nanoTime();
            checks.check(officer, ilrYear, returnPeriod, null, null, (int) (page.problems().totalPages() / 2), 25);
            long deepMs = (System.nanoTime() - deep) / 1_000_000;
            long byRule = System.nanoTime();
            String rule = page.rules().isEmpty() ? null : page.rules().get(0);
            checks.check(officer, ilrYear, returnPeriod, rule, null, 0, 25);
            long byRuleMs = (System.nanoTime() - byRule) / 1_000_000;
            long byTutor = System.nanoTime();
            java.util.UUID tutor = checks.tutors(officer).stream().findFirst().map(IlrChecks.Tutor::id).orElse(null);
            checks.check(officer, ilrYear, returnPeriod, null, tutor, 0, 25);
            long byTutorMs = (System.nanoTime() - byTutor) / 1_000_000;
            log.info("ILR benchmark page read {}: first page {} ms, page {} of {} {} ms, rule {} {} ms, one tutor {} ms",
                    run, firstMs, page.problems().totalPages() / 2 + 1, page.problems().totalPages(), deepMs, rule,
                    byRuleMs, byTutorMs);
        }
    }
}
