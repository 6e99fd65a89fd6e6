package waypoint.dataprotection.internal;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerSummary;
import waypoint.organisation.Learners;
import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataSection;

/**
 * The subject access pack's benchmark (docs/performance.md, "The subject access pack"), never part of a build: with
 * the profile {@code sar-benchmark}, at start it gathers everything every module holds about the reference data
 * set's benchmark learner ({@code scale-learner@waypoint.test}: 300 evidence items, and as many off-the-job entries as
 * the set was filled with) and writes the pack (JSON, tagged PDF and files) to a file under the data directory, three
 * times, logging each run's records, size and time. The target: under 30 s. It runs once the application is ready,
 * so after the reference data set's generator when both profiles are on.
 */
@Component
@Profile("sar-benchmark")
class SubjectAccessPackBenchmark {

    private static final Logger log = LoggerFactory.getLogger(SubjectAccessPackBenchmark.class);
    static final String LEARNER = "scale-learner@waypoint.test";

    private final SubjectAccessPack pack;
    private final UserAccounts accounts;
    private final Learners learners;
    private final Apprenticeships apprenticeships;
    private final Clock clock;
    private final Path directory;

    SubjectAccessPackBenchmark(SubjectAccessPack pack, UserAccounts accounts, Learners learners,
            Apprenticeships apprenticeships, Clock clock, @Value("${waypoint.data-directory}") String directory) {
        this.pack = pack;
        this.accounts = accounts;
        this.learners = learners;
        this.apprenticeships = apprenticeships;
        this.clock = clock;
        this.directory = Path.of(directory, "sar-benchmark");
    }

    @EventListener(ApplicationReadyEvent.class)
    public void run() throws java.io.IOException {
        LearnerSummary learner = accounts.findByEmail(LEARNER).flatMap(a -> learners.findByAccount(a.id()))
                .orElseThrow(() -> new IllegalStateException("No " + LEARNER + ": fill the reference data set first"));
        DataSubject subject = new DataSubject(learner.id().value(), learner.accountId(),
                apprenticeships.ofLearner(learner.id()).stream().map(a -> a.id().value()).toList());
        Files.createDirectories(directory);
        Path file = directory.resolve("pack.zip");
        for (int run = 1; run <= 3; run++) {
            long began = System.nanoTime(); // elapsed time for the log, not a date: no Clock needed
            List<PersonalDataSection> sections = pack.gather(subject);
            long gathered = System.nanoTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                pack.write(learner.givenNames() + " " + learner.familyName(), clock.instant(),
                        SubjectAccessPack.released(sections, Set.of()), Set.of(), out);
            }
            long written = System.nanoTime();
            log.info("Subject access pack benchmark run {}: {} sections, {} records ({} off-the-job entries, {} "
                    + "evidence items), {} files; gathered in {} s, written in {} s, {} s in all; {} MB", run,
                    sections.size(), sections.stream().mapToInt(s -> s.records().size()).sum(),
                    count(sections, "off-the-job-entries"), count(sections, "portfolio-evidence"),
                    sections.stream().flatMap(s -> s.records().stream()).mapToInt(r -> r.files().size()).sum(),
                    (gathered - began) / 1_000_000 / 1000.0, (written - gathered) / 1_000_000 / 1000.0,
                    (written - began) / 1_000_000 / 1000.0, Files.size(file) / (1024 * 1024));
        }
    }

    private static int count(List<PersonalDataSection> sections, String key) {
        return sections.stream().filter(s -> s.key().equals(key)).mapToInt(s -> s.records().size()).sum();
    }
}
