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
    private final StandardFigureStore figures;

    StandardQueries(StandardVersionStore store, StandardSearch search, CataloguePolicy policy,
            StandardFigureStore figures) {
        this.store = store;
        this.search = search;
        this.policy = policy;
        this.figures = figures;
    }

    /**
     * A version's figures as its page and the API show them (docs/domain/standards-data.md): the change history,
     * newest first; the figures an administrator recorded; the differences the last imports found against them.
     */
    public record FiguresView(List<StandardFigureStore.HistoryEntry> history, List<String> recordedByAdministrator,
            List<FigureDifference> differences) {
    }

    @Transactional(readOnly = true)
    public FiguresView figures(CurrentUser user, String referenceNumber, String version) {
        policy.requireView(user);
        String reference = referenceNumber.strip().toUpperCase(java.util.Locale.ROOT);
        StandardVersion standard = store.find(reference, version.strip())
                .orElseThrow(() -> new NotFoundException("Standard " + reference + " v" + version));
        return new FiguresView(figures.history(standard.id()),
                standard.administratorFigures().stream().sorted().map(Figure::field).toList(), standard.differences());
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
