package waypoint.reporting.internal.evidence;

import java.io.OutputStream;
import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.shared.pdf.PdfRenderer;

/**
 * The evidence pack's benchmark (docs/performance.md, "Funding audit evidence"), never part of a build: with the
 * profile {@code evidence-benchmark}, once Waypoint is ready and the PDF renderer has printed its warm-up page (so
 * the first figure is the first pack someone asks for once the server is up, not one that loads the fonts), it
 * writes the pack of the reference data set's benchmark learner (300 portfolio items) to nowhere three times and
 * times each, then makes a random sample of 30 and times it until ready, as an administrator. Start it on a
 * directory filled with the reference data set.
 */
@Component
@Profile("evidence-benchmark")
class EvidenceBenchmark {

    private static final Logger log = LoggerFactory.getLogger(EvidenceBenchmark.class);

    private final EvidencePacks packs;
    private final EvidenceSamples samples;
    private final UserAccounts accounts;
    private final JdbcClient jdbc;
    private final PdfRenderer renderer;

    EvidenceBenchmark(EvidencePacks packs, EvidenceSamples samples, UserAccounts accounts, JdbcClient jdbc,
            PdfRenderer renderer) {
        this.packs = packs;
        this.samples = samples;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.renderer = renderer;
    }

    /**
     * Runs on a thread of its own once the renderer's warm-up has ended: an application runner would run before
     * Waypoint is ready, and so before the warm-up even starts.
     */
    @EventListener(ApplicationReadyEvent.class)
    void afterTheWarmUp() {
        renderer.warmedUp().thenRun(() -> {
            Thread benchmark = new Thread(() -> {
                try {
                    run();
                } catch (Exception e) {
                    log.warn("Evidence benchmark failed", e);
                }
            }, "evidence-benchmark");
            benchmark.start();
        });
    }

    void run() throws Exception {
        log.info("Evidence benchmark: the PDF renderer has warmed up; measuring");
        var admin = accounts.findActiveWithRole(Role.ADMINISTRATOR).stream().findFirst().orElseThrow();
        CurrentUser user = new CurrentUser(admin.id(), admin.email(), admin.displayName(), admin.roles());
        ApprenticeshipId apprenticeship = jdbc.sql("""
                        SELECT a.id FROM enrolment.apprenticeship a JOIN organisation.learner l ON l.id = a.learner_id
                        WHERE l.email = 'scale-learner@waypoint.test' OR TRUE
                        ORDER BY (l.email = 'scale-learner@waypoint.test') DESC, a.id LIMIT 1""")
                .query((rs, n) -> new ApprenticeshipId(rs.getObject(1, UUID.class))).single();
        long[] bytes = {0};
        OutputStream nowhere = new OutputStream() {
            @Override
            public void write(int b) {
                bytes[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes[0] += len;
            }
        };
        long start;
        for (int run = 1; run <= 3; run++) { // the first after the warm-up: the renderer ran once, not compiled yet
            bytes[0] = 0;
            start = System.nanoTime();
            packs.writeZip(user, apprenticeship, nowhere);
            log.info("Evidence benchmark: one pack (run {}) in {} ms, {} bytes", run,
                    Duration.ofNanos(System.nanoTime() - start).toMillis(), bytes[0]);
        }

        start = System.nanoTime();
        EvidenceSample sample = samples.request(user, new EvidenceSamples.Request(30, SampleChoice.Method.RANDOM, 1L,
                null, null));
        long chosen = System.nanoTime();
        while (sample.isUnderway() && System.nanoTime() - start < Duration.ofMinutes(30).toNanos()) {
            Thread.sleep(500);
            sample = samples.find(user, sample.id());
        }
        log.info("Evidence benchmark: a sample of 30 chosen in {} ms, {} in {} s, {} bytes",
                Duration.ofNanos(chosen - start).toMillis(), sample.state(),
                Duration.ofNanos(System.nanoTime() - start).toSeconds(), sample.fileSize());
    }
}
