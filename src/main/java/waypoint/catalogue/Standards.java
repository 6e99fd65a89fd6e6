package waypoint.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    @Transactional(readOnly = true)
    public Optional<StandardDetails> find(String referenceNumber, String version) {
        return store.find(referenceNumber, version).map(StandardVersion::details);
    }

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
