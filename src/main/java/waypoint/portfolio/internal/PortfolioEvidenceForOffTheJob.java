package waypoint.portfolio.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.otj.PortfolioEvidenceOptions;

/**
 * The portfolio's side of the off-the-job module's evidence choice: an apprenticeship's evidence items by title and
 * date, read with the evidence index (apprenticeship, date), and the portfolio's own rule for who may open them.
 */
@Component
class PortfolioEvidenceForOffTheJob implements PortfolioEvidenceOptions {

    private final JdbcClient jdbc;
    private final PortfolioPolicy policy;
    private final Apprenticeships apprenticeships;

    PortfolioEvidenceForOffTheJob(JdbcClient jdbc, PortfolioPolicy policy, Apprenticeships apprenticeships) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.apprenticeships = apprenticeships;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Option> of(ApprenticeshipId apprenticeshipId, int limit) {
        return jdbc.sql("""
                SELECT id, title, evidence_date FROM portfolio_evidence WHERE apprenticeship_id = :a
                ORDER BY evidence_date DESC, id DESC LIMIT :limit""")
                .param("a", apprenticeshipId).param("limit", Math.max(0, limit))
                .query((rs, n) -> option(apprenticeshipId, rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getObject("evidence_date", LocalDate.class))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Option> find(ApprenticeshipId apprenticeshipId, Collection<UUID> ids) {
        Map<UUID, Option> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT id, title, evidence_date FROM portfolio_evidence WHERE apprenticeship_id = :a AND id IN (:ids)")
                .param("a", apprenticeshipId).param("ids", ids)
                .query((rs, n) -> option(apprenticeshipId, rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getObject("evidence_date", LocalDate.class))).list()
                .forEach(o -> found.put(o.id(), o));
        return found;
    }

    /** The learner and staff read evidence; an employer contact never does ({@link PortfolioPolicy}). */
    @Override
    public boolean mayOpen(CurrentUser user, ApprenticeshipId apprenticeshipId) {
        return apprenticeships.find(apprenticeshipId).map(a -> policy.mayRead(user,
                a)).orElse(false);
    }

    private static Option option(ApprenticeshipId apprenticeshipId, UUID id, String title, LocalDate date) {
        return new Option(id, title, date, "/apprenticeships/" + apprenticeshipId + "/portfolio/evidence/" + id);
    }
}
