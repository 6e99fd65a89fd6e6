package waypoint.enrolment.internal.apprenticeship;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipScope;
import waypoint.identity.CurrentUser;
import waypoint.identity.ExternalAccess;
import waypoint.identity.ExternalGrant;
import waypoint.identity.ExternalKind;
import waypoint.identity.Role;

/**
 * Finds a person's staff, employer-contact and learner records in one query; for someone outside the provider, the
 * apprenticeships their grants in force today cover, together (docs/domain/external-access.md).
 */
@Component
public class ApprenticeshipViewers {

    /** Where an assessor's apprentices are: at gateway or after (docs/domain/external-access.md). */
    private static final String FROM_GATEWAY = "status IN (" + ApprenticeshipScope.FROM_GATEWAY.stream()
            .map(status -> "'" + status.name() + "'").sorted().collect(Collectors.joining(", ")) + ")";

    private final JdbcClient jdbc;
    private final ExternalAccess external;

    ApprenticeshipViewers(JdbcClient jdbc, ExternalAccess external) {
        this.jdbc = jdbc;
        this.external = external;
    }

    public ApprenticeshipViewer of(CurrentUser user) {
        if (user.has(Role.EXTERNAL)) {
            // a standard's grant is kept as the standard (its apprenticeships are read through the index when asked
            // for); a sample's or named grant as the apprenticeships it names
            List<ExternalGrant> grants = external.openGrantsOf(user.id());
            return new ApprenticeshipViewer(user, null, null, null,
                    grants.stream().filter(grant -> grant.scope().kind() != ExternalGrant.Scope.Kind.STANDARD)
                            .flatMap(grant -> covered(grant).stream()).collect(Collectors.toSet()),
                    grants.stream().filter(grant -> grant.scope().kind() == ExternalGrant.Scope.Kind.STANDARD)
                            .map(grant -> new ApprenticeshipScope.StandardCover(grant.scope().standardReference(),
                                    grant.kind() == ExternalKind.ASSESSOR))
                            .collect(Collectors.toSet()));
        }
        return jdbc.sql("""
                SELECT (SELECT id FROM organisation.staff_member WHERE account_id = :account) AS staff_id,
                       (SELECT employer_id FROM organisation.employer_contact WHERE account_id = :account) AS employer_id,
                       (SELECT id FROM organisation.learner WHERE account_id = :account) AS learner_id""")
                .param("account", user.id())
                .query((rs, n) -> new ApprenticeshipViewer(user, rs.getObject("staff_id", UUID.class),
                        rs.getObject("employer_id", UUID.class), rs.getObject("learner_id", UUID.class), Set.of(),
                        Set.of()))
                .single();
    }

    /** Whether the grant covers this one apprenticeship today, by the same rule as {@link #covered}. */
    public boolean covers(ExternalGrant grant, UUID apprenticeshipId) {
        String fromGateway = grant.kind() == ExternalKind.ASSESSOR ? " AND " + FROM_GATEWAY : "";
        if (grant.scope().kind() == ExternalGrant.Scope.Kind.STANDARD) {
            return jdbc.sql("SELECT EXISTS (SELECT 1 FROM apprenticeship WHERE id = :id"
                            + " AND standard_reference = :standard" + fromGateway + ")")
                    .param("id", apprenticeshipId).param("standard", grant.scope().standardReference())
                    .query(Boolean.class).single();
        }
        return grant.scope().apprenticeshipIds().contains(apprenticeshipId) && (fromGateway.isEmpty()
                || jdbc.sql("SELECT EXISTS (SELECT 1 FROM apprenticeship WHERE id = :id" + fromGateway + ")")
                        .param("id", apprenticeshipId).query(Boolean.class).single());
    }

    /**
     * A standard's grant covers every apprenticeship on it (new ones too); a sample's or named grant those it names.
     * An assessor's only from gateway on.
     */
    public Set<UUID> covered(ExternalGrant grant) {
        String fromGateway = grant.kind() == ExternalKind.ASSESSOR ? " AND " + FROM_GATEWAY : "";
        if (grant.scope().kind() == ExternalGrant.Scope.Kind.STANDARD) {
            return Set.copyOf(jdbc.sql("SELECT id FROM apprenticeship WHERE standard_reference = :standard"
                            + fromGateway)
                    .param("standard", grant.scope().standardReference()).query(UUID.class).list());
        }
        if (grant.scope().apprenticeshipIds().isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT id FROM apprenticeship WHERE id IN (:ids)" + fromGateway)
                .param("ids", grant.scope().apprenticeshipIds()).query(UUID.class).list());
    }
}
