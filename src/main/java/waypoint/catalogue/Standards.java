package waypoint.catalogue;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import waypoint.catalogue.internal.VersionNumber;

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

    /** A standard version as an apprenticeship names the one it follows: “ST0116”, “1.1”. */
    public record Version(String referenceNumber, String version) {
    }

    /**
     * A standard version with everything it holds. Within one read-only transaction (a page being read) each version
     * is read once, however many of the page's apprenticeships follow it: the readiness dashboard otherwise read the
     * same standard, its KSBs, grading and figures again for every row and every module asking
     * (docs/domain/standards-and-assessment-plans.md, "Read once per page").
     */
    @Transactional(readOnly = true)
    public Optional<StandardDetails> find(String referenceNumber, String version) {
        Version wanted = new Version(referenceNumber, version);
        return find(List.of(wanted)).get(wanted);
    }

    /**
     * The versions a page of apprenticeships follows, read together in a fixed number of queries however many
     * there are: every version asked for is a key (empty when the catalogue does not hold it). Within one read-only
     * transaction a version already read is not read again, and those read here are not read again by
     * {@link #find(String, String)}: a page asks for its versions once, first, and each module reading the page's
     * rows finds them read.
     */
    @Transactional(readOnly = true)
    public Map<Version, Optional<StandardDetails>> find(Collection<Version> versions) {
        Map<Version, Optional<StandardDetails>> read = readInThisTransaction();
        List<Version> unread = versions.stream().distinct().filter(v -> !read.containsKey(v)).toList();
        if (!unread.isEmpty()) {
            List<StandardVersion> found = store.findAll(unread.stream()
                    .map(v -> new String[] {v.referenceNumber(), v.version()}).toList());
            for (Version v : unread) {
                read.put(v, found.stream().filter(s -> s.referenceNumber().equals(v.referenceNumber())
                        && (s.version().toString().equals(v.version()) || VersionNumber.parse(v.version() == null
                                ? "" : v.version()).filter(s.version()::equals).isPresent()))
                        .findFirst().map(StandardVersion::details));
            }
        }
        Map<Version, Optional<StandardDetails>> answer = new LinkedHashMap<>();
        versions.forEach(v -> answer.put(v, read.get(v)));
        return answer;
    }

    /**
     * The versions read in the current read-only transaction, kept until it ends; outside one, a map of this call's
     * own (nothing kept: what is read may be about to change).
     */
    private static Map<Version, Optional<StandardDetails>> readInThisTransaction() {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return new HashMap<>();
        }
        @SuppressWarnings("unchecked")
        Map<Version, Optional<StandardDetails>> read = (Map<Version, Optional<StandardDetails>>)
                TransactionSynchronizationManager.getResource(READ_IN_THIS_TRANSACTION);
        if (read == null) {
            Map<Version, Optional<StandardDetails>> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(READ_IN_THIS_TRANSACTION, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(READ_IN_THIS_TRANSACTION);
                }
            });
            read = fresh;
        }
        return read;
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
