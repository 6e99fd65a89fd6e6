package waypoint.catalogue.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.internal.ImportReport.Entry;
import waypoint.identity.CurrentUser;
import waypoint.shared.audit.RecordChanged;

/**
 * Imports standards files (docs/domain/standards-and-assessment-plans.md, “Standards data”). The whole file is checked
 * before anything is stored, and
 * stored in one transaction: a file with any malformed standard is rejected whole. Importing the same file twice
 * changes nothing; a new version of a standard is stored beside the old ones, because an apprenticeship keeps the
 * version it started on.
 */
@Service
public class StandardImporter {

    static final String RECORD_TYPE = "Standard version";
    /** One import at a time across all nodes, so two imports of a new version cannot both insert it. */
    private static final long IMPORT_LOCK = 0x5741595f53544453L;

    private final StandardVersionStore store;
    private final CataloguePolicy policy;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final StandardFileReader reader = new StandardFileReader();

    StandardImporter(StandardVersionStore store, CataloguePolicy policy, ApplicationEventPublisher events,
            JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An administrator's upload or API call: the file's text, as JSON. */
    @Transactional
    public ImportReport importFile(CurrentUser user, String content) {
        policy.requireChange(user);
        return importStandards(reader.read(content));
    }

    /** Standards already read and checked; for the shipped standards at start-up, with no person involved. */
    @Transactional
    public ImportReport importStandards(List<ImportedStandard> standards) {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:key)").param("key", IMPORT_LOCK).query(Integer.class).single();
        List<Entry> entries = new ArrayList<>();
        for (ImportedStandard standard : standards) {
            entries.add(new Entry(standard.referenceNumber(), standard.version().toString(), standard.title(),
                    importOne(standard)));
        }
        return new ImportReport(entries);
    }

    private ImportOutcome importOne(ImportedStandard file) {
        Optional<StandardVersion> existing = store.find(file.referenceNumber(), file.version().toString());
        if (existing.isPresent()) {
            StandardVersion standard = existing.get();
            String before = standard.contentSummary();
            if (!standard.complete(file, clock.instant())) {
                return ImportOutcome.UNCHANGED;
            }
            store.update(standard);
            events.publishEvent(RecordChanged.updated(RECORD_TYPE, standard.id(), before, standard.contentSummary()));
            return ImportOutcome.UPDATED;
        }
        boolean firstVersion = store.versionsOf(file.referenceNumber()).isEmpty();
        StandardVersion standard = StandardVersion.imported(file, clock.instant());
        store.insert(standard);
        store.markLatest(file.referenceNumber());
        events.publishEvent(RecordChanged.created(RECORD_TYPE, standard.id(), standard.contentSummary()));
        return firstVersion ? ImportOutcome.NEW : ImportOutcome.NEW_VERSION;
    }
}
