package waypoint.catalogue.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import waypoint.catalogue.MinimumOtjHoursRecorded;
import waypoint.catalogue.internal.ImportReport.Entry;
import waypoint.catalogue.internal.ImportRunStore.ImportRun;
import waypoint.catalogue.internal.StandardFigureStore.Source;
import waypoint.identity.CurrentUser;
import waypoint.shared.audit.RecordChanged;

/**
 * Imports standards files (docs/domain/standards-data.md). The whole file is checked before anything is stored, and
 * stored in one transaction: a file with any malformed standard is rejected whole. Importing the same file twice
 * changes nothing; a new version of a standard is stored beside the old ones, because an apprenticeship keeps the
 * version it started on. Every figure an import changes goes into the version's change history; a figure an
 * administrator recorded is kept, and the file's other value reported as a difference. An upload, a fetch and a
 * check (a dry run) are the same import: a check is rolled back.
 */
@Service
public class StandardImporter {

    static final String RECORD_TYPE = "Standard version";
    /** One import at a time across all nodes, so two imports of a new version cannot both insert it. */
    private static final long IMPORT_LOCK = 0x5741595f53544453L;
    static final String SHIPPED_BY = "Shipped with Waypoint";

    private final StandardVersionStore store;
    private final StandardFigureStore figures;
    private final ImportRunStore runs;
    private final CataloguePolicy policy;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final StandardFileReader reader = new StandardFileReader();

    StandardImporter(StandardVersionStore store, StandardFigureStore figures, ImportRunStore runs,
            CataloguePolicy policy, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.figures = figures;
        this.runs = runs;
        this.policy = policy;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An administrator's upload or API call: the file's text, as JSON. Kept among the import runs. */
    @Transactional
    public ImportReport importFile(CurrentUser user, String content) {
        policy.requireChange(user);
        String by = uploadBy(user);
        ImportReport report = importStandards(reader.read(content), Source.UPLOAD, by);
        runs.record(new ImportRun(UUID.randomUUID(), Source.UPLOAD, by, null, clock.instant(), true,
                report.counts(), report.details()));
        return report;
    }

    /** What importing the file would do, with nothing saved: the same import, rolled back. */
    @Transactional
    public ImportReport checkFile(CurrentUser user, String content) {
        policy.requireChange(user);
        List<ImportedStandard> standards = reader.read(content);
        ImportReport done = importStandards(standards, Source.UPLOAD, uploadBy(user));
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return new ImportReport(done.standards(), true);
    }

    /** A file fetched from the configured address, with no person involved; the caller keeps the run. */
    @Transactional
    public ImportReport importFetched(String content, URI address) {
        return importStandards(reader.read(content), Source.FETCH, fetchedBy(address));
    }

    /** Standards already read and checked; for the shipped standards at start-up, with no person involved. */
    @Transactional
    public ImportReport importStandards(List<ImportedStandard> standards) {
        return importStandards(standards, Source.SHIPPED, SHIPPED_BY);
    }

    private ImportReport importStandards(List<ImportedStandard> standards, Source source, String by) {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:key)").param("key", IMPORT_LOCK).query(Integer.class).single();
        List<Entry> entries = new ArrayList<>();
        for (ImportedStandard standard : standards) {
            entries.add(importOne(standard, source, by));
        }
        return new ImportReport(entries);
    }

    static String uploadBy(CurrentUser user) {
        return "Upload by " + user.displayName();
    }

    static String fetchedBy(URI address) {
        return "Fetch from " + address.getHost();
    }

    private Entry importOne(ImportedStandard file, Source source, String by) {
        Instant now = clock.instant();
        Optional<StandardVersion> existing = store.find(file.referenceNumber(), file.version().toString());
        if (existing.isPresent()) {
            StandardVersion standard = existing.get();
            String before = standard.contentSummary();
            StandardVersion.Completion completion = standard.complete(file, by, now);
            if (!completion.changed()) {
                return entry(file, ImportOutcome.UNCHANGED, completion);
            }
            store.update(standard);
            figures.remember(standard.id(), completion.figureChanges(), source, by, now);
            events.publishEvent(RecordChanged.updated(RECORD_TYPE, standard.id(), before, standard.contentSummary()));
            completion.figureChanges().stream().filter(c -> c.figure() == Figure.MINIMUM_OTJ_HOURS).findFirst()
                    .ifPresent(c -> events.publishEvent(new MinimumOtjHoursRecorded(standard.referenceNumber(),
                            standard.version().toString(), Optional.ofNullable(c.after()).map(Integer::valueOf))));
            return entry(file, ImportOutcome.UPDATED, completion);
        }
        boolean firstVersion = store.versionsOf(file.referenceNumber()).isEmpty();
        StandardVersion standard = StandardVersion.imported(file, now);
        store.insert(standard);
        store.markLatest(file.referenceNumber());
        List<FigureChange> given = FigureChange.between(StandardContent.empty(), standard.content());
        figures.remember(standard.id(), given, source, by, now);
        events.publishEvent(RecordChanged.created(RECORD_TYPE, standard.id(), standard.contentSummary()));
        return new Entry(file.referenceNumber(), file.version().toString(), file.title(),
                firstVersion ? ImportOutcome.NEW : ImportOutcome.NEW_VERSION, given, List.of());
    }

    private static Entry entry(ImportedStandard file, ImportOutcome outcome, StandardVersion.Completion completion) {
        return new Entry(file.referenceNumber(), file.version().toString(), file.title(), outcome,
                completion.figureChanges(), completion.differences());
    }
}
