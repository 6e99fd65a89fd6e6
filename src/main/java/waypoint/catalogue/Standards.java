package waypoint.catalogue;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import waypoint.catalogue.internal.StandardSearch;
import waypoint.catalogue.internal.StandardVersion;
import waypoint.catalogue.internal.StandardVersionStore;

/**
 * The catalogue for other modules: an apprenticeship's standard version by its pinned id, or the latest version of
 * a standard for a new start. This is published reference data, not anyone's record, so it is not authorised per
 * person here: the calling module's own policy decides who sees the page that uses it.
 */
@Service
public class Standards {

    private final StandardVersionStore store;
    private final StandardSearch search;

    Standards(StandardVersionStore store, StandardSearch search) {
        this.store = store;
        this.search = search;
    }

    @Transactional(readOnly = true)
    public Optional<StandardDetails> find(StandardVersionId id) {
        return store.find(id.value()).map(StandardVersion::details);
    }

    /** The latest version of a standard by its reference number (“ST0116”). */
    @Transactional(readOnly = true)
    public Optional<StandardDetails> latest(String referenceNumber) {
        return store.findLatest(referenceNumber).map(StandardVersion::details);
    }

    /**
     * A standard version with everything it holds. Within one read-only transaction (a page being read) each version
     * is read once, however many of the page's apprenticeships follow it: the readiness dashboard otherwise read the
     * same standard, its KSBs, grading and figures again for every row and every module asking
     * (docs/domain/standards-and-assessment-plans.md, "Read once per page").
     */
    @Transactional(readOnly = true)
    public Optional<StandardDetails> find(String referenceNumber, String version) {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return store.find(referenceNumber, version).map(StandardVersion::details);
        }
        @SuppressWarnings("unchecked")
        Map<String, Optional<StandardDetails>> read = (Map<String, Optional<StandardDetails>>)
                TransactionSynchronizationManager.getResource(READ_IN_THIS_TRANSACTION);
        if (read == null) {
            Map<String, Optional<StandardDetails>> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(READ_IN_THIS_TRANSACTION, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(READ_IN_THIS_TRANSACTION);
                }
            });
            read = fresh;
        }
        return read.computeIfAbsent(referenceNumber + " " + version,
                key -> store.find(referenceNumber, version).map(StandardVersion::details));
    }

    /** The key of the standard versions read in the current read-only transaction. */
    private static final Object READ_IN_THIS_TRANSACTION = new Object();

    @Transactional(readOnly = true)
    public Optional<StandardSummary> latestSummary(String referenceNumber) {
        return search.latest(referenceNumber);
    }

    /** The latest version of every standard, by reference number: the choices where a new start picks one. */
    @Transactional(readOnly = true)
    public List<StandardSummary> latestSummaries() {
        return search.latestSummaries();
    }

    /**
     * Every version of every standard that has its LARS code recorded, with its approval for delivery and retirement:
     * what the ILR's validation rules need to know of the standards a provider delivers.
     */
    @Transactional(readOnly = true)
    public List<StandardSummary> withLarsCodes() {
        return search.withLarsCodes();
    }

    /** Summaries of many versions in one query, for lists of apprenticeships. */
    @Transactional(readOnly = true)
    public List<StandardSummary> summaries(Collection<StandardVersionId> ids) {
        return search.summaries(ids.stream().map(StandardVersionId::value).distinct().toList());
    }
}
