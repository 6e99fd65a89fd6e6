package waypoint.catalogue.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.StandardDetails;
import waypoint.catalogue.StandardSummary;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.PageOf;

/** What people read of the catalogue, through pages and the API, each read authorised by the policy. */
@Service
public class StandardQueries {

    private final StandardVersionStore store;
    private final StandardSearch search;
    private final CataloguePolicy policy;

    StandardQueries(StandardVersionStore store, StandardSearch search, CataloguePolicy policy) {
        this.store = store;
        this.search = search;
        this.policy = policy;
    }

    /** A standard version as a page shows it: with its other versions and the lock version edit forms carry. */
    public record StandardView(StandardDetails details, List<String> versions, int lockVersion) {
    }

    /** A version as an administrator's edit form opens it. */
    @Transactional(readOnly = true)
    public StandardView viewForChange(CurrentUser user, String referenceNumber, String version) {
        policy.requireChange(user);
        return view(user, referenceNumber, Optional.of(version));
    }

    @Transactional(readOnly = true)
    public PageOf<StandardSummary> search(CurrentUser user, StandardQuery query) {
        policy.requireView(user);
        return search.search(query);
    }

    @Transactional(readOnly = true)
    public List<String> statuses(CurrentUser user) {
        policy.requireView(user);
        return search.statuses();
    }

    /** The latest version when {@code version} is empty; an unknown standard or version is not found. */
    @Transactional(readOnly = true)
    public StandardView view(CurrentUser user, String referenceNumber, Optional<String> version) {
        policy.requireView(user);
        String reference = referenceNumber.strip().toUpperCase(java.util.Locale.ROOT);
        StandardVersion standard = version.filter(v -> !v.isBlank())
                .map(v -> store.find(reference, v.strip()))
                .orElseGet(() -> store.findLatest(reference))
                .orElseThrow(() -> new NotFoundException("Standard " + reference + version.map(v -> " v" + v).orElse("")));
        return new StandardView(standard.details(), store.versionsOf(reference), standard.lockVersion());
    }
}
