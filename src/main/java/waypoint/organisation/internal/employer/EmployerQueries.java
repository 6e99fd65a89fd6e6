package waypoint.organisation.internal.employer;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.organisation.Funding;
import waypoint.organisation.internal.learner.CurrentApprenticeships;
import waypoint.organisation.internal.learner.WorksWith;
import waypoint.organisation.internal.ListRequest;
import waypoint.organisation.internal.Paging;
import waypoint.organisation.internal.SortOrder;
import waypoint.organisation.internal.Where;
import waypoint.shared.web.PageOf;
import waypoint.organisation.EmployerId;

/** The employers list: search by name or postcode, sort by name, town or funding, a page at a time. */
@Component
public class EmployerQueries {

    public static final Map<String, List<String>> SORTS = Map.of(
            "name", List.of("lower(e.name)"),
            "town", List.of("lower(e.address_town)"),
            "funding", List.of("e.funding"));

    private final JdbcClient jdbc;
    private final CurrentApprenticeships current;

    EmployerQueries(JdbcClient jdbc, CurrentApprenticeships current) {
        this.jdbc = jdbc;
        this.current = current;
    }

    public SortOrder sortOf(ListRequest request) {
        return SortOrder.parse(request.sort(), SORTS, "name");
    }

    /**
     * A page of employers through the employer table's indexes, then the page's counts of apprentices in one grouped
     * read of their current apprenticeships (docs/performance.md, "Everyday lists"): never a count per row.
     */
    public PageOf<EmployerRow> list(ListRequest request) {
        Where where = new Where();
        if (request.searching()) {
            where.and("(e.name ILIKE :q OR e.address_postcode ILIKE :q)", "q", request.pattern());
        }
        PageOf<EmployerRow> page = Paging.page(jdbc, "e.id, e.name, e.address_town, e.address_postcode, e.funding",
                "employer e", where, sortOf(request).orderBy(SORTS, "e.id"), request,
                (rs, n) -> new EmployerRow(new EmployerId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        rs.getString("address_town"), rs.getString("address_postcode"),
                        Funding.valueOf(rs.getString("funding")), 0));
        Map<UUID, Long> apprentices = current.apprentices(page.items().stream().map(row -> row.id().value())
                .toList());
        return new PageOf<>(page.items().stream().map(row -> new EmployerRow(row.id(), row.name(), row.town(),
                row.postcode(), row.funding(), apprentices.getOrDefault(row.id().value(), 0L))).toList(), page.number(),
                page.size(), page.total());
    }

    public long apprentices(EmployerId employerId) {
        return jdbc.sql("SELECT count(*) FROM learner l " + WorksWith.JOIN + " WHERE " + WorksWith.EMPLOYER + " = :id")
                .param("id", employerId).query(Long.class).single();
    }

    /** Whether a learner's apprenticeship names the employer, so it cannot be removed. */
    public boolean isNamedByLearners(EmployerId employerId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM learner_apprenticeship WHERE employer_id = :id)")
                .param("id", employerId).query(Boolean.class).single();
    }

    /** Whether a learner's apprenticeship names the contact as their line manager. */
    public boolean isLineManager(UUID contactId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM learner_apprenticeship WHERE line_manager_id = :id)")
                .param("id", contactId).query(Boolean.class).single();
    }
}
